import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type Problem } from './errors';
import { parseEntry } from './frontmatter';
import { checkCollection } from './collection';
import { slugPattern, type Frontmatter } from './schema';
import { buildSnapshot } from './snapshot';

/** A validated entry: its frontmatter plus where it came from. */
export type Term = Frontmatter & {
  slug: string;
  /** Path relative to the project root, as editors see it in messages. */
  file: string;
  /** The MDX body, frontmatter removed. */
  body: string;
  /** 1-based line where the body starts in the file, for body positions. */
  bodyLine: number;
};

export interface LoadOptions {
  /** Folder of entries; defaults to content/glossary. */
  dir?: string;
  /** Drafts are shown by `next dev` only. */
  includeDrafts?: boolean;
  /** The day the check runs, YYYY-MM-DD; injectable so tests do not depend on the clock. */
  today?: string;
}

/** What the body checks need; entries whose frontmatter is broken still have this. */
export type EntryBody = Pick<Term, 'slug' | 'file' | 'body' | 'bodyLine' | 'status'>;

export interface LoadResult {
  terms: Term[];
  problems: Problem[];
  /** Entries left out because their frontmatter has errors; their bodies can still be checked. */
  rejected: EntryBody[];
}

/** CONTENT_DIR lets tests and the benchmark check another folder of entries. */
export const defaultContentDir = process.env.CONTENT_DIR
  ? path.resolve(process.env.CONTENT_DIR)
  : path.join(process.cwd(), 'content', 'glossary');

export function loadTerms(options: LoadOptions = {}): LoadResult {
  const dir = options.dir ?? defaultContentDir;
  const problems: Problem[] = [];
  const located: Parameters<typeof checkCollection>[0] = [];
  const rejected: EntryBody[] = [];

  for (const name of entryFiles(dir)) {
    const absolute = path.join(dir, name);
    const file = path.relative(process.cwd(), absolute) || absolute;
    const slug = name.replace(/\.mdx$/, '');
    const parsed = parseEntry(file, fs.readFileSync(absolute, 'utf8'));
    problems.push(...parsed.problems);
    if (!slugPattern.test(slug)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        rule: 'slug',
        message: `the file name must be the entry's address: lowercase words joined by hyphens, like ${suggestSlug(slug)}.mdx`,
        severity: 'error',
      });
    }
    if (!parsed.data) {
      rejected.push({ slug, file, body: parsed.body, bodyLine: parsed.bodyLine, status: 'published' });
      continue;
    }
    const term: Term = { ...parsed.data, slug, file, body: parsed.body, bodyLine: parsed.bodyLine };
    located.push({ term, at: parsed.position });
  }

  problems.push(...checkCollection(located, { today: options.today ?? latestToday() }));
  const terms = located
    .map(({ term }) => term)
    .filter((term) => options.includeDrafts || term.status !== 'draft')
    .sort(byTitle);
  return { terms, problems, rejected };
}

/** A–Z order of entries, the order every list on the site uses. */
export function byTitle(a: Pick<Term, 'title'>, b: Pick<Term, 'title'>): number {
  return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
}

function entryFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  // Files starting with _ (like a template) are never entries.
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort();
}

function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The calendar day in the time zone that is furthest ahead (UTC+14), so an
 * editor anywhere who dates an entry "today" is never told it is in the future.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

let cache: { terms: Term[]; bySlug: Map<string, Term> } | undefined;

/** The entries the site shows: the build's snapshot, or the files read and checked here. */
function shown() {
  if (cache) return cache;
  const dev = process.env.NODE_ENV === 'development';
  const terms = buildSnapshot()?.terms ?? loadChecked(dev);
  const result = { terms, bySlug: new Map(terms.map((term) => [term.slug, term])) };
  // `next dev` re-reads on every request so an editor sees a saved change at once.
  if (!dev) cache = result;
  return result;
}

function loadChecked(includeDrafts: boolean): Term[] {
  const { terms, problems } = loadTerms({ includeDrafts });
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  return terms;
}

/**
 * Every entry the site shows. Throws a ContentError listing every problem if
 * any entry is broken, which stops the build before a page is written.
 */
export function getTerms(): Term[] {
  return shown().terms;
}

export function getTerm(slug: string): Term | undefined {
  return shown().bySlug.get(slug);
}
