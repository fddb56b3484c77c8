import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node, Parent } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { Problem } from '../errors';
import { formatFigure } from '../figures';
import type { Figure, FigureUnit } from '../schema/figure';
import type { LoadedFigures } from '../source/figures';
import type { TopicSlug } from '../topics';
import { isPrimarySource } from './primary-sources';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * A figure whose year is over stays right for that year, but readers want
 * this year's: from January 1 of the next year the check warns, and after
 * this many days it fails, so the new value goes in within a month of the
 * new coverage year starting (CMS and the IRS publish most of them in the fall).
 */
export const staleGraceDays = 31;

export interface FigurePage {
  file: string;
  path: string;
  topics: TopicSlug[];
  tree: Root;
}

/** The figures file's own rules: sources, dates and whether each figure is still current. */
export function checkFigureTable(
  loaded: LoadedFigures,
  usage: Map<string, string[]>,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const figure of loaded.figures) {
    const report = (
      path: (string | number)[],
      rule: Problem['rule'],
      message: string,
      severity: Problem['severity'] = 'error',
    ) => problems.push({ ...loaded.at(figure.id, path), rule, message, severity });
    if (!figure.source.url.startsWith('https://'))
      report(
        ['source', 'url'],
        'figures',
        `${figure.id}: the source address must start with https://`,
      );
    if (!isPrimarySource(figure.source.url)) {
      report(
        ['source', 'url'],
        'figures',
        `${figure.id}: the source must be primary (a .gov site such as CMS, Medicare.gov, the IRS or SSA, or NAIC or FINRA)`,
      );
    }
    if (figure.checked > today)
      report(
        ['checked'],
        'figures',
        `${figure.id}: checked ${figure.checked} is in the future; use the day you confirmed it`,
      );
    if (figure.effective === 'current') {
      // A rule that does not change by year is still confirmed against its source once a year.
      if (daysBetween(figure.checked, today) > 365) {
        report(
          ['checked'],
          'stale-figure',
          `${figure.id}: last checked ${figure.checked}, over a year ago; confirm the rule against its source and move checked on`,
          'warning',
        );
      }
      continue;
    }
    const ends = figure.year !== undefined ? `${figure.year}-12-31` : figure.effective?.to;
    if (!ends || ends >= today) continue;
    const over = daysBetween(ends, today);
    const pages = usage.get(figure.id) ?? [];
    const used = pages.length ? `used by ${pages.join(', ')}` : 'not used by any page';
    const what =
      figure.year !== undefined
        ? `is the ${figure.year} value and ${figure.year + 1} has begun`
        : `applied until ${ends}`;
    report(
      figure.year !== undefined ? ['year'] : ['effective', 'to'],
      'stale-figure',
      `${figure.id} ${what}: check the new value (${figure.nextUpdate.replace(/\.$/, '')}) and update the figure; ${used}${over > staleGraceDays ? '' : `. This becomes an error after ${staleGraceDays} days`}`,
      over > staleGraceDays ? 'error' : 'warning',
    );
  }
  return problems;
}

/**
 * The rules for figures in one page: every <Figure> names a figure in the
 * table; one shown without its year stands in a sentence that says the year;
 * an <Example>'s figures are for its year; and no amount in the table is typed
 * by hand (dollar amounts anywhere, other figures in pages of their topics),
 * so a figure is changed in one place. Returns the figures the page uses.
 */
export function checkPageFigures(
  page: FigurePage,
  figures: Map<string, Figure>,
  broken: Set<string> = new Set(),
): { problems: Problem[]; used: string[] } {
  const problems: Problem[] = [];
  const used = new Set<string>();
  const report = (node: Node, message: string) =>
    problems.push({
      file: page.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      rule: 'figures',
      message,
      severity: 'error',
    });
  const typed = handTyped(
    [...figures.values()].filter(
      (f) => f.unit.startsWith('dollars') || f.topics.some((t) => page.topics.includes(t)),
    ),
  );

  visitParents(page.tree, (node, ancestors) => {
    if (node.type === 'text') {
      const value = (node as { value: string }).value;
      for (const { text, figure, index } of typed(value)) {
        // Point at the amount itself, not at the start of the text it is in.
        const before = value.slice(0, index).split('\n');
        const start = node.position?.start ?? { line: 1, column: 1 };
        problems.push({
          file: page.file,
          line: start.line + before.length - 1,
          column: before.length > 1 ? before.at(-1)!.length + 1 : start.column + index,
          rule: 'figures',
          message: `${text} is the figure ${figure.id} (${formatFigure(figure)}): write <Figure id="${figure.id}" /> so it is changed in one place (for a made-up number, pick another)`,
          severity: 'error',
        });
      }
      return;
    }
    if (
      (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') ||
      (node as Jsx).name !== 'Figure'
    )
      return;
    const id = attribute(node as Jsx, 'id');
    const figure = id ? figures.get(id) : undefined;
    if (!id || broken.has(id)) return;
    if (!figure) {
      report(
        node,
        `there is no figure "${id}" in content/figures/; add it there (with its year and source) or check the spelling`,
      );
      return;
    }
    used.add(id);
    if (attribute(node as Jsx, 'show') === 'amount' && figure.year !== undefined) {
      const block = [...ancestors]
        .reverse()
        .find((a) => ['paragraph', 'listItem', 'tableCell'].includes(a.type));
      if (!block || !toString(block).includes(String(figure.year))) {
        report(
          node,
          `show="amount" leaves out the year, so the sentence must say it (${figure.year}); or write <Figure id="${id}" /> to show "${formatFigure(figure)}"`,
        );
      }
    }
    const example = [...ancestors]
      .reverse()
      .find(
        (a): a is Jsx & Parent =>
          (a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') &&
          (a as Jsx).name === 'Example',
      );
    const exampleYear = example ? attribute(example, 'year') : undefined;
    if (exampleYear && figure.year !== undefined && String(figure.year) !== exampleYear) {
      report(
        node,
        `the example is for ${exampleYear}, but "${id}" is the ${figure.year} value; use the ${exampleYear} figure or change the example's year`,
      );
    }
  });
  return { problems, used: [...used] };
}

function attribute(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const kinds: { pattern: RegExp; units: FigureUnit[]; value: (m: RegExpMatchArray) => number }[] = [
  {
    pattern: /\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/g,
    units: ['dollars', 'dollars-a-month', 'dollars-a-day', 'dollars-a-year'],
    value: (m) => Number(`${m[1].replaceAll(',', '')}.${m[2] ?? 0}`),
  },
  { pattern: /\b(\d+(?:\.\d+)?)(?:%| percent\b)/g, units: ['percent'], value: (m) => Number(m[1]) },
  ...(['day', 'month', 'year'] as const).map((unit) => ({
    pattern: new RegExp(`\\b(\\d+|${Object.keys(numberWords).join('|')})[ -]${unit}s?\\b`, 'gi'),
    units: [`${unit}s`] as FigureUnit[],
    value: (m: RegExpMatchArray) => numberWords[m[1].toLowerCase()] ?? Number(m[1]),
  })),
  {
    pattern: /\bage (\d+)(½|\.5)?(?![\d.])/gi,
    units: ['age'],
    value: (m) => Number(m[1]) + (m[2] ? 0.5 : 0),
  },
];

/** Finds, in a text, amounts that are figures in the table: "$202.90", "10%", "seven-month", "age 73". */
function handTyped(candidates: Figure[]) {
  return (text: string) =>
    kinds.flatMap(({ pattern, units, value }) =>
      [...text.matchAll(pattern)].flatMap((m) => {
        const figure = candidates.find((f) => units.includes(f.unit) && f.value === value(m));
        return figure ? [{ text: m[0], figure, index: m.index! }] : [];
      }),
    );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
