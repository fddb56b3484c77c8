import type { Root } from 'mdast';
import { byTitle } from '../alphabet';
import { docPath, topicsOf, type ComparisonPage, type Doc } from '../collections';
import type { Problem } from '../errors';
import { linkedPaths, type LinkGraph } from '../links';
import { anchorsOf, checkBody } from './body';
import { checkOrphans, checkRelated, checkUnique } from './collection';
import { checkComparisonTable, checkCompares } from './comparison';
import type { PageCitations } from '../citations';
import { checkCitations } from './citations';
import { checkFigureTable, checkPageFigures } from './figures';
import { checkFrontmatter } from './frontmatter';
import { maxGrade, readingGrade } from './readability';
import type { Figure } from '../schema/figure';
import type { National, StateHelp } from '../schema/help';
import { contentRoot, loadSources, type Loaded } from '../source';
import { loadFigures } from '../source/figures';
import { loadHelp } from '../source/help';
import { parseMdx } from '../source/parse';
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
  /** The help directory: every state's contacts and the national routes. */
  help: { states: StateHelp[]; national?: National };
}

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
      loaded.map((l) => [pathOf(l), trees.has(l) ? anchorsOf(trees.get(l)!) : new Set<string>()]),
    ),
    drafts: new Set(valid.filter((l) => l.doc.status === 'draft').map(pathOf)),
  };

  const { publishers, problems: publisherProblems } = loadPublishers(root);
  problems.push(...publisherProblems);
  for (const file of valid) problems.push(...checkFrontmatter(file, { today, publishers }));
  const grades: CheckReport['grades'] = [];
  for (const [file, tree] of trees) {
    const { kind, slug } = file.source;
    problems.push(
      ...checkBody(
        { kind, slug, file: file.source.file, draft: file.doc?.status === 'draft' },
        tree,
        site,
      ),
    );
    if (file.doc?.kind === 'comparison') problems.push(...checkComparisonTable(file.doc, tree));
    const grade = readingGrade(tree);
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
    [...trees].map(([file, tree]) => [pathOf(file), linkedPaths(tree)]),
  );

  const table = loadFigures(root, today);
  problems.push(...table.problems);
  const byId = new Map(table.figures.map((f) => [f.id, f]));
  const figureUse: Record<string, string[]> = {};
  for (const [file, tree] of trees) {
    const topics = file.doc ? topicsOf(file.doc) : [];
    const result = checkPageFigures(
      { file: file.source.file, path: pathOf(file), topics, tree },
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
  const help = loadHelp(root, publishers);
  problems.push(...help.problems);
  const citations: CheckReport['citations'] = {};
  for (const [file, tree] of trees) {
    if (!file.doc) continue;
    const result = checkCitations({ doc: file.doc, at: file.at }, tree, byId, publishers);
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
    help: { states: help.states, national: help.national },
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
