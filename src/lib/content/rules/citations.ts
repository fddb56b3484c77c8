import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { CitedSource, PageCitations } from '../citations';
import type { Doc } from '../collections';
import type { Problem } from '../errors';
import { pickValue } from '../figures';
import { publisherOf } from '../publishers';
import type { Figure } from '../schema/figure';
import { primaryKinds, type Publisher } from '../schema/publisher';
import type { Loaded } from '../source';
import { claimIn } from './claims';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Position = { line: number; column: number };

interface Occurrence {
  n: number;
  node: Node;
  /** A frontmatter source id, or a figure's table source. */
  target: { id: string } | { figure: string; year?: number };
}

/**
 * The citation rules of one page, and its numbered sources. Every source is classified
 * by content/publishers.yaml (an unknown publisher or an unofficial copy of a law is an
 * error on any page). On a page that has been fact-checked (`reviewed:`), every block that
 * states a figure or a rule cites a source, and a primary one; every listed source is
 * cited. A page not yet fact-checked gets one warning that counts what it lacks.
 */
export function checkCitations(
  { doc, at }: Pick<Loaded, 'at'> & { doc: Doc },
  tree: Root,
  figures: Map<string, Figure>,
  publishers: Publisher[],
): { problems: Problem[]; citations: PageCitations } {
  const problems: Problem[] = [];
  const strict = doc.reviewed !== undefined;
  const report = (
    where: Position,
    message: string,
    rule: Problem['rule'] = 'citations',
    severity: Problem['severity'] = 'error',
  ) => problems.push({ file: doc.file, ...where, rule, message, severity });
  const nodeAt = (node: Node): Position => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });

  const sources: CitedSource[] = [];
  const byId = new Map<string, CitedSource>();
  const byUrl = new Map<string, CitedSource>();
  const classify = (url: string, where: Position) => {
    const publisher = publisherOf(url, publishers);
    if (!publisher)
      report(
        where,
        `no publisher in content/publishers.yaml covers ${hostOf(url)}: add it there with its kind (regulator or law if it is an official source, industry if not)`,
        'sources',
      );
    else if (publisher.kind === 'copy')
      report(
        where,
        `${publisher.name} is an unofficial copy of the law: cite the official text instead (the US Code at uscode.house.gov, the eCFR, the Federal Register, or the state legislature's code)`,
        'sources',
      );
    return publisher;
  };
  doc.sources.forEach((s, i) => {
    const publisher = classify(s.url, at(['sources', i, 'url']));
    const entry: CitedSource = {
      number: sources.length + 1,
      ...(s.id ? { id: s.id } : {}),
      title: s.title,
      url: s.url,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      publisherName: publisher?.name ?? hostOf(s.url),
      kind: publisher?.kind ?? 'industry',
      citedBy: [],
    };
    if (s.id && byId.has(s.id))
      report(
        at(['sources', i, 'id']),
        `sources: the id "${s.id}" is used twice; give each source its own`,
        'sources',
      );
    if (s.id) byId.set(s.id, entry);
    if (!byUrl.has(s.url)) byUrl.set(s.url, entry);
    sources.push(entry);
  });

  // Every citation in reading order, with the block it stands in.
  const occurrences: Occurrence[] = [];
  visitParents(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    const jsx = node as Jsx;
    const n = Number(attribute(jsx, 'n'));
    if (jsx.name === 'Cite') occurrences.push({ n, node, target: { id: attribute(jsx, 'id')! } });
    if (jsx.name === 'Figure') {
      const year = attribute(jsx, 'year');
      occurrences.push({
        n,
        node,
        target: { figure: attribute(jsx, 'id') ?? '', year: year ? Number(year) : undefined },
      });
    }
  });
  const numbers: Record<number, number> = {};
  for (const { n, node, target } of occurrences) {
    let source: CitedSource | undefined;
    if ('id' in target) {
      source = byId.get(target.id);
      if (!source) {
        const ids = [...byId.keys()];
        report(
          nodeAt(node),
          `[^${target.id}] cites no source of this page: ${ids.length ? `the ids are ${idList(ids)}` : 'give each source in the frontmatter an id, like id: cms-2026-premiums'}`,
        );
        continue;
      }
    } else {
      const figure = figures.get(target.figure);
      const shown = figure && pickValue(figure, target.year);
      if (!shown) continue; // the figures rules report it
      source = byUrl.get(shown.source.url);
      if (!source) {
        const publisher = publisherOf(shown.source.url, publishers);
        source = {
          number: sources.length + 1,
          title: shown.source.title,
          url: shown.source.url,
          publisher: shown.source.publisher,
          publisherName: publisher?.name ?? shown.source.publisher,
          kind: publisher?.kind ?? 'regulator',
          citedBy: [],
        };
        sources.push(source);
        byUrl.set(source.url, source);
      }
    }
    source.citedBy.push(n);
    numbers[n] = source.number;
  }

  // Blocks that state a figure or a rule.
  let uncited = 0;
  for (const { node, claim } of claimBlocks(tree)) {
    const cited = new Set<number>();
    visitParents(node, (inner) => {
      if (inner.type !== 'mdxJsxTextElement' && inner.type !== 'mdxJsxFlowElement') return;
      const n = Number(attribute(inner as Jsx, 'n'));
      if (numbers[n]) cited.add(numbers[n]);
    });
    const kinds = [...cited].map((number) => sources[number - 1].kind);
    if (!cited.size) {
      uncited++;
      if (strict)
        report(
          nodeAt(node),
          `this ${blockName(node)} states ${claim} but cites no source: add [^id] after the sentence, with the id of the source that says it${byId.size ? ` (${idList([...byId.keys()])})` : ''}`,
        );
    } else if (!kinds.some((k) => primaryKinds.includes(k)) && strict) {
      report(
        nodeAt(node),
        `this ${blockName(node)} states ${claim} but cites only industry sources, which may back only how the trade uses a word: cite a regulator, an official program or the law`,
      );
    }
  }
  const unused = sources
    .filter((s) => s.id !== undefined || doc.sources.some((d) => d.url === s.url))
    .filter((s) => !s.citedBy.length);
  if (strict) {
    for (const s of unused) {
      const i = doc.sources.findIndex((d) => d.url === s.url);
      report(
        at(['sources', i]),
        s.id
          ? `sources: "${s.id}" is never cited: cite it where the page relies on it ([^${s.id}]), or remove it`
          : `sources: this source has no id and is never cited: give it an id and cite it where the page relies on it, or remove it`,
      );
    }
  } else if (uncited || unused.length) {
    report(
      { line: 1, column: 1 },
      `not fact-checked claim by claim yet (no reviewed: date): ${uncited} block${uncited === 1 ? '' : 's'} state a figure or a rule without a citation and ${unused.length} source${unused.length === 1 ? ' is' : 's are'} never cited. Readers are told the page awaits its fact-check`,
      'citations',
      'warning',
    );
  }
  return { problems, citations: { sources, numbers } };
}

/**
 * The blocks a reader takes as one statement: paragraphs (in lists and writer tags too),
 * table rows other than the header, and writer tags written as one line of text, like
 * <Role>. Headings, questions and the hatnote are not claims.
 */
function claimBlocks(tree: Root): { node: Node; claim: string }[] {
  const found: { node: Node; claim: string }[] = [];
  const visit = (node: RootContent | Root, inside: string[]) => {
    if (node.type === 'heading' || node.type === 'yaml') return;
    const name =
      node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
        ? ((node as Jsx).name ?? '')
        : '';
    // The hatnote points elsewhere; a diagram's labels cannot carry citations, its caption and text around it do.
    if (name === 'SeeAlso' || name === 'MoneyFlow') return;
    const context = { hypothetical: inside.includes('Example') || name === 'Example' };
    if (node.type === 'table') {
      node.children.slice(1).forEach((row) => {
        const claim = claimIn(row, context);
        if (claim) found.push({ node: row, claim });
      });
      return;
    }
    const inlineOnly =
      name &&
      'children' in node &&
      node.children.length > 0 &&
      node.children.every((c) => !isBlock(c));
    if (node.type === 'paragraph' || inlineOnly) {
      const claim = claimIn(node, context);
      if (claim) found.push({ node, claim });
      return;
    }
    if ('children' in node)
      for (const child of node.children as RootContent[])
        visit(child, name ? [...inside, name] : inside);
  };
  visit(tree, []);
  return found;
}

const blockTypes = new Set([
  'paragraph',
  'list',
  'listItem',
  'table',
  'heading',
  'blockquote',
  'mdxJsxFlowElement',
  'code',
  'thematicBreak',
]);
const isBlock = (node: Node) => blockTypes.has(node.type);

const blockName = (node: Node) =>
  node.type === 'tableRow'
    ? 'table row'
    : node.type === 'paragraph'
      ? 'paragraph'
      : `<${(node as Jsx).name}>`;

function attribute(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The page's source ids for a message: all of a short list, the first few of a long one. */
function idList(ids: string[]): string {
  return ids.length <= 6
    ? ids.join(', ')
    : `${ids.slice(0, 6).join(', ')} and ${ids.length - 6} more in sources`;
}
