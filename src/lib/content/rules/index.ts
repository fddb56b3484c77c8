import type { Root } from 'mdast';
import { byTitle } from '../alphabet';
import { docPath, topicsOf, type ComparisonPage, type Doc } from '../collections';
import type { Problem } from '../errors';
import { linkedPaths, type LinkGraph } from '../links';
import { anchorsOf, checkBody, type BodyFile } from './body';
import { checkCitations } from './citations';
import { checkOrphans, checkRelated, checkUnique } from './collection';
import { checkComparisonTable, checkCompares } from './comparison';
import type { SiteMap } from './links';
import type { PageCitations } from '../citations';
import { checkFigureTable, checkPageFigures, type FigurePage } from './figures';
import { checkFrontmatter } from './frontmatter';
import { maxGrade, readingGrade } from './readability';
import type { Figure } from '../schema/figure';
import type { HelpProblem, National, StateHelp } from '../schema/help';
import type { Publisher } from '../schema/publisher';
import { contentRoot, loadSources, type Loaded } from '../source';
import { loadFigures } from '../source/figures';
import { loadHelp } from '../source/help';
import { parseMdx, perTree } from '../source/parse';
import { loadPublishers } from '../source/publishers';

export interface CheckOptions {
  /** The content folder; defaults to content/ (or CONTENT_ROOT). */
  root?: string;
  /** The day the check runs, YYYY-MM-DD; injectable so tests do not depend on the clock. */
  today?: string;
}

export interface CheckReport {
  problems: Problem[];
  /** Every figure in content/figures/. */
  figures: Figure[];
  /** For each page, the ids of the figures it shows. */
  figureUse: Record<string, string[]>;
  grades: { file: string; grade: number }[];
  /** Every page whose frontmatter is valid, drafts included, in A–Z order. */
  docs: Doc[];
  /** For each page whose body parsed, the content pages it links to. */
  links: LinkGraph;
  /** For each page, its numbered sources and which citation points at which. */
  citations: Record<string, PageCitations>;
  /** The help directory: every state's contacts, the national routes and what /help sorts readers by. */
  help: { states: StateHelp[]; national?: National; helpProblems: HelpProblem[] };
}

// The rules that read one page's tree (and the named inputs) run again only when that page, or an
// input, changed: under `next dev` a save re-checks one page, not all of them (0.55 s to 0.1 s).
const anchorsIn = perTree('anchors', anchorsOf);
const gradeOf = perTree('reading grade', readingGrade);
const linksIn = perTree('links', linkedPaths);
const bodyProblems = perTree('body', (tree: Root, page: BodyFile, site: SiteMap) =>
  checkBody(page, tree, site),
);
const figureProblems = perTree(
  'figures',
  (tree: Root, page: Omit<FigurePage, 'tree'>, byId: Map<string, Figure>, broken: Set<string>) =>
    checkPageFigures({ ...page, tree }, byId, broken),
);
const citationProblems = perTree(
  'citations',
  (tree: Root, file: Loaded & { doc: Doc }, byId: Map<string, Figure>, publishers: Publisher[]) =>
    checkCitations({ doc: file.doc, at: file.at }, tree, byId, publishers),
);

/**
 * Every rule over every page of every kind, all problems at once: what
 * `npm run check:content` and the build run, and what the store reads
 * under `next dev`.
 */
export function checkContent({
  root = contentRoot(),
  today = latestToday(),
}: CheckOptions = {}): CheckReport {
  const loaded = loadSources(root);
  const problems = loaded.flatMap((l) => l.problems);
  const valid = loaded.filter((l): l is Loaded & { doc: Doc } => l.doc !== undefined);

  // Bodies of files with broken frontmatter are checked too, so every problem shows at once.
  const trees = new Map<Loaded, Root>();
  for (const file of loaded) {
    try {
      trees.set(file, parseMdx(file.source.text, file.source.file));
    } catch (error) {
      problems.push(syntaxProblem(file.source.file, error));
    }
  }
  const pathOf = (l: Loaded) => docPath(l.source.kind, l.source.slug);
  // A file whose body does not parse still exists: links to it are fine, its anchors unknown.
  const site = {
    anchors: new Map(
      loaded.map((l) => [
        pathOf(l),
        trees.has(l) ? anchorsIn(trees.get(l)!, '') : new Set<string>(),
      ]),
    ),
    drafts: new Set(valid.filter((l) => l.doc.status === 'draft').map(pathOf)),
  };
  const siteKey = JSON.stringify([
    [...site.anchors].map(([p, a]) => [p, [...a]]),
    [...site.drafts],
  ]);

  const { publishers, problems: publisherProblems } = loadPublishers(root);
  problems.push(...publisherProblems);
  for (const file of valid) problems.push(...checkFrontmatter(file, { today, publishers }));
  const grades: CheckReport['grades'] = [];
  for (const [file, tree] of trees) {
    const { kind, slug } = file.source;
    const page = { kind, slug, file: file.source.file, draft: file.doc?.status === 'draft' };
    problems.push(...bodyProblems(tree, `${JSON.stringify(page)} ${siteKey}`, page, site));
    if (file.doc?.kind === 'comparison') problems.push(...checkComparisonTable(file.doc, tree));
    const grade = gradeOf(tree, '');
    grades.push({ file: file.source.file, grade });
    if (grade > maxGrade) {
      const start = tree.children.find((n) => n.type !== 'yaml')?.position?.start.line ?? 1;
      problems.push({
        file: file.source.file,
        line: start,
        column: 1,
        rule: 'readability',
        message: `the body reads at grade ${grade}; the limit is ${maxGrade}. Use shorter sentences and everyday words`,
        severity: 'error',
      });
    }
  }
  const links: LinkGraph = Object.fromEntries(
    [...trees].map(([file, tree]) => [pathOf(file), linksIn(tree, '')]),
  );

  const table = loadFigures(root, today);
  problems.push(...table.problems);
  const byId = new Map(table.figures.map((f) => [f.id, f]));
  const tableKey = JSON.stringify([table.figures, [...table.broken]]);
  const figureUse: Record<string, string[]> = {};
  for (const [file, tree] of trees) {
    const topics = file.doc ? topicsOf(file.doc) : [];
    const page = { file: file.source.file, path: pathOf(file), topics };
    const result = figureProblems(
      tree,
      `${JSON.stringify(page)} ${tableKey}`,
      page,
      byId,
      table.broken,
    );
    problems.push(...result.problems);
    if (result.used.length) figureUse[pathOf(file)] = result.used;
  }
  const usage = new Map<string, string[]>();
  for (const [page, ids] of Object.entries(figureUse))
    for (const id of ids) usage.set(id, [...(usage.get(id) ?? []), page]);
  problems.push(...checkFigureTable(table, usage, today, publishers));
  const help = loadHelp(root, publishers, {
    pages: new Set(site.anchors.keys()),
    drafts: site.drafts,
  });
  const publishersKey = JSON.stringify(publishers);
  problems.push(...help.problems);
  const citations: CheckReport['citations'] = {};
  for (const [file, tree] of trees) {
    if (!file.doc) continue;
    const result = citationProblems(
      tree,
      `${file.source.file} ${tableKey} ${publishersKey}`,
      file as Loaded & { doc: Doc },
      byId,
      publishers,
    );
    problems.push(...result.problems);
    citations[pathOf(file)] = result.citations;
  }
  const comparisons = valid.filter(
    (l): l is Loaded & { doc: ComparisonPage } => l.doc.kind === 'comparison',
  );
  problems.push(
    ...checkRelated(valid, loaded),
    ...checkCompares(comparisons, loaded),
    ...checkUnique(valid),
    ...checkOrphans(valid, links),
  );
  return {
    problems,
    grades,
    docs: valid.map((l) => l.doc).sort(byTitle),
    links,
    figures: table.figures,
    figureUse,
    citations,
    help: { states: help.states, national: help.national, helpProblems: help.helpProblems },
  };
}

/**
 * The calendar day in the time zone that is furthest ahead (UTC+14), so an
 * editor anywhere who dates a page "today" is never told it is in the future.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function syntaxProblem(file: string, error: unknown): Problem {
  const e = error as { line?: number; column?: number; reason?: string; message?: string };
  let reason = e.reason ?? e.message ?? 'the MDX could not be read';
  let line = e.line;
  let column = e.column;
  // An unclosed tag is reported at the end of the file, with the tag's own place in brackets: point at the tag.
  const opened = reason.match(/ \((\d+):(\d+)-\d+:\d+\)/);
  if (opened) {
    [line, column] = [Number(opened[1]), Number(opened[2])];
    reason = reason.replace(opened[0], '');
  }
  return {
    file,
    line: line ?? 1,
    column: column ?? 1,
    rule: 'mdx-syntax',
    message: `${reason.replace(/\.$/, '')}. Check that every <Tag> is closed and that { and < are not used as plain text (write "less than" instead)`,
    severity: 'error',
  };
}
