import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { Problem } from '../errors';
import { formatFigure, isYearly, pickValue } from '../figures';
import { publisherOf } from '../publishers';
import type { Figure, FigureUnit, ShownFigure } from '../schema/figure';
import { primaryKinds, type Publisher } from '../schema/publisher';
import type { LoadedFigures } from '../source/figures';
import type { TopicSlug } from '../topics';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export interface FigurePage {
  file: string;
  path: string;
  topics: TopicSlug[];
  tree: Root;
}

/**
 * The figures file's own rules: primary https sources, real checked days, and whether
 * each figure is still current. Time passing is only ever a warning, so a correction can
 * always ship: a yearly figure whose newest year has ended, a rule with an end date that
 * has passed, a standing rule not re-checked for a year.
 */
export function checkFigureTable(
  loaded: LoadedFigures,
  usage: Map<string, string[]>,
  today: string,
  publishers: Publisher[],
): Problem[] {
  const problems: Problem[] = [];
  for (const figure of loaded.figures) {
    const report = (
      path: (string | number)[],
      rule: Problem['rule'],
      message: string,
      severity: Problem['severity'] = 'error',
    ) => problems.push({ ...loaded.at(figure.id, path), rule, message, severity });
    const yearly = isYearly(figure);
    figure.values.forEach((v, i) => {
      const at = (key: string[]) => (yearly ? ['values', i, ...key] : key);
      const label = yearly ? `${figure.id} (${v.year})` : figure.id;
      if (!v.source.url.startsWith('https://'))
        report(
          at(['source', 'url']),
          'figures',
          `${label}: the source address must start with https://`,
        );
      const publisher = publisherOf(v.source.url, publishers);
      if (!publisher || !primaryKinds.includes(publisher.kind))
        report(
          at(['source', 'url']),
          'figures',
          `${label}: the source must be primary (a regulator, an official program or the official text of a law, as listed in content/publishers.yaml)${publisher ? `; ${publisher.name} is listed as ${publisher.kind}` : ''}`,
        );
      if (v.checked > today)
        report(
          at(['checked']),
          'figures',
          `${label}: checked ${v.checked} is in the future; use the day you confirmed it`,
        );
    });
    const latest = figure.values[0];
    if (latest.effective === 'current') {
      // A rule that does not change by year is still confirmed against its source once a year.
      if (daysBetween(latest.checked, today) > 365)
        report(
          ['checked'],
          'stale-figure',
          `${figure.id}: last checked ${latest.checked}, over a year ago; confirm the rule against its source and move checked on`,
          'warning',
        );
      continue;
    }
    const ends = latest.year !== undefined ? `${latest.year}-12-31` : latest.effective?.to;
    if (!ends || ends >= today) continue;
    const pages = usage.get(figure.id) ?? [];
    const used = pages.length ? `used by ${pages.join(', ')}` : 'not used by any page';
    report(
      yearly ? ['values', 0, 'year'] : ['effective', 'to'],
      'stale-figure',
      yearly
        ? `${figure.id}: the newest value is for ${latest.year} and ${latest.year! + 1} has begun; add the ${latest.year! + 1} value from its official notice (${figure.nextUpdate.replace(/\.$/, '')}); ${used}. Until then pages say they show ${latest.year} amounts`
        : `${figure.id} applied until ${ends}: check the rule now in force and update the figure; ${used}`,
      'warning',
    );
  }
  return problems;
}

/**
 * The rules for figures in one page: every <Figure> names a figure in the
 * table, with a value for the year it shows (an <Example>'s year inside one);
 * one shown without its year stands in a sentence that says the year; and no amount in the table is typed
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
    [...figures.values()]
      .filter((f) => f.unit.startsWith('dollars') || f.topics.some((t) => page.topics.includes(t)))
      .flatMap((f) => f.values.map((v) => pickValue(f, v.year)!)),
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
    const year = attribute(node as Jsx, 'year');
    const shown = pickValue(figure, year === undefined ? undefined : Number(year));
    if (!shown) {
      const inExample = ancestors.some(
        (a) =>
          (a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') &&
          (a as Jsx).name === 'Example',
      );
      report(
        node,
        `"${id}" has no ${year} value in content/figures/ (it has ${figure.values.map((v) => v.year).join(', ')})${inExample ? `; the example is for ${year}: use a year the table has, or add the ${year} value from its official notice` : ''}`,
      );
      return;
    }
    used.add(id);
    if (attribute(node as Jsx, 'show') === 'amount' && shown.year !== undefined) {
      const block = [...ancestors]
        .reverse()
        .find((a) => ['paragraph', 'listItem', 'tableCell'].includes(a.type));
      if (!block || !toString(block).includes(String(shown.year))) {
        report(
          node,
          `show="amount" leaves out the year, so the sentence must say it (${shown.year}); or write <Figure id="${id}" /> to show "${formatFigure(shown)}"`,
        );
      }
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
function handTyped(candidates: ShownFigure[]) {
  return (text: string) => {
    // What a seller says, quoted ("a 10% bonus"), is not our figure: blanked, so positions stay.
    const unquoted = text.replace(/"[^"]*"|“[^”]*”/g, (q) => ' '.repeat(q.length));
    return kinds.flatMap(({ pattern, units, value }) =>
      [...unquoted.matchAll(pattern)].flatMap((m) => {
        const figure = candidates.find((f) => units.includes(f.unit) && f.value === value(m));
        return figure ? [{ text: m[0], figure, index: m.index! }] : [];
      }),
    );
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
