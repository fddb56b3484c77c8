import fs from 'node:fs';
import path from 'node:path';
import { byTitle } from './alphabet';
import type { PageCitations } from './citations';
import {
  collections,
  docPath,
  kinds,
  type Doc,
  type Entry,
  type Explainer,
  type Kind,
} from './collections';
import { ContentError } from './errors';
import { incomingLinks, type LinkGraph } from './links';
import { checkContent, type CheckReport } from './rules';
import type { Figure } from './schema/figure';
import { stateCodes, type HelpProblem, type National, type StateHelp } from './schema/help';
import { contentRoot } from './source';
import { parseMdx } from './source/parse';
import { readSources } from './source/read';
import { processWide } from './source/shared';

/**
 * What pages read. In a build, the content the check passed, from the
 * snapshot `npm run build` writes (CONTENT_SNAPSHOT names it), so Next's
 * page workers never load and check every file again. Under `next dev` and
 * in tests, the files themselves, checked on read and read again as soon as
 * one changes. One cache for both; drafts show under `next dev` only.
 */
export interface Content {
  /** Pages the site shows, every kind, in A–Z order. */
  docs: Doc[];
  /** For each page, the content pages its body links to, in order of first mention. */
  links: LinkGraph;
  /** Every figure in the table. */
  figures: Figure[];
  /** For each page, the figures it shows. */
  figureUse: Record<string, string[]>;
  /** For each page, its numbered sources and what each citation points at. */
  citations: Record<string, PageCitations>;
  /** The help directory. */
  help: CheckReport['help'];
}

export const snapshotVariable = 'CONTENT_SNAPSHOT';

interface Indexed {
  byPath: Map<string, Doc>;
  byKind: Map<Kind, Doc[]>;
  links: LinkGraph;
  incoming: Map<string, Set<string>>;
  figures: Map<string, Figure>;
  figureUse: Record<string, string[]>;
  citations: Record<string, PageCitations>;
  help: CheckReport['help'];
}

const cache = processWide('store', (): { key?: string; content?: Indexed } => ({}));

function content(): Indexed {
  const snapshot = process.env[snapshotVariable];
  // Which files, and whether drafts show: the cache is shared by every copy of this module.
  const key = snapshot
    ? `snapshot ${snapshot}`
    : `${process.env.NODE_ENV} ${contentRoot()}\n${fingerprint()}`;
  if (cache.key !== key || !cache.content) {
    cache.content = index(snapshot ? readSnapshot(snapshot) : fromFiles());
    cache.key = key;
  }
  return cache.content;
}

/**
 * Reads and checks the content ahead of the first request: `next dev` calls this as it starts
 * (src/instrumentation.ts). Files are parsed one at a time, giving the server its turn between
 * them, so the first request starts Turbopack compiling its page while the parsing goes on.
 * Problems are not thrown here; the page that asks shows them.
 */
export async function warmUp(): Promise<void> {
  for (const kind of kinds)
    for (const source of readSources(kind, contentRoot())) {
      try {
        parseMdx(source.text, source.file);
      } catch {
        // a syntax error: the check reports it
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  try {
    content();
  } catch {
    // reported by the first page that reads the content
  }
}

function fromFiles(): Content {
  const report = checkContent();
  if (report.problems.some((p) => p.severity === 'error')) throw new ContentError(report.problems);
  return shown(report, { drafts: process.env.NODE_ENV === 'development' });
}

/** What the site shows from a passing check: published pages only, unless drafts are asked for. */
export function shown(
  {
    docs,
    links,
    figures,
    figureUse,
    citations,
    help,
  }: Pick<CheckReport, 'docs' | 'links' | 'figures' | 'figureUse' | 'citations' | 'help'>,
  { drafts = false } = {},
): Content {
  const pages = docs.filter((d) => drafts || d.status !== 'draft');
  const paths = pages.map((d) => docPath(d.kind, d.slug));
  return {
    docs: pages,
    links: Object.fromEntries(paths.map((p) => [p, links[p] ?? []])),
    figures,
    figureUse: Object.fromEntries(paths.flatMap((p) => (figureUse[p] ? [[p, figureUse[p]]] : []))),
    citations: Object.fromEntries(paths.flatMap((p) => (citations[p] ? [[p, citations[p]]] : []))),
    help,
  };
}

export function writeSnapshot(file: string, snapshot: Content): void {
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

function readSnapshot(file: string): Content {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Content;
}

/** Every content file's name, size and time: changes when an editor saves, adds or removes one. */
function fingerprint(): string {
  const root = contentRoot();
  return kinds
    .flatMap((kind) => {
      const dir = path.join(root, collections[kind].folder);
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).map((name) => {
        const stat = fs.statSync(path.join(dir, name));
        return `${kind}/${name} ${stat.size} ${stat.mtimeMs}`;
      });
    })
    .concat(dataFiles(root))
    .join('\n');
}

/** The site's data beside the pages: the figures table, the help directory and the list of publishers. */
function dataFiles(root: string): string[] {
  const stamp = (file: string) => {
    const stat = fs.statSync(path.join(root, file));
    return `${file} ${stat.size} ${stat.mtimeMs}`;
  };
  const inFolder = (folder: string) =>
    fs.existsSync(path.join(root, folder))
      ? fs.readdirSync(path.join(root, folder)).map((name) => stamp(`${folder}/${name}`))
      : [];
  return [
    ...inFolder('figures'),
    ...inFolder('help/states'),
    ...['help/national.yaml', 'help/problems.yaml', 'publishers.yaml']
      .filter((f) => fs.existsSync(path.join(root, f)))
      .map(stamp),
  ];
}

function index({ docs, links, figures, figureUse, citations, help }: Content): Indexed {
  const byKind = new Map<Kind, Doc[]>(kinds.map((k) => [k, docs.filter((d) => d.kind === k)]));
  return {
    byPath: new Map(docs.map((d) => [docPath(d.kind, d.slug), d])),
    byKind,
    links,
    incoming: incomingLinks(links),
    figures: new Map(figures.map((f) => [f.id, f])),
    figureUse,
    citations,
    help,
  };
}

/** Every page of one kind the site shows, A–Z. Throws a ContentError listing every problem if content is broken. */
export function getDocs<K extends Kind>(kind: K): Doc<K>[] {
  return (content().byKind.get(kind) ?? []) as Doc<K>[];
}

export function getDoc<K extends Kind>(kind: K, slug: string): Doc<K> | undefined {
  const doc = content().byPath.get(docPath(kind, slug));
  return doc?.kind === kind ? (doc as Doc<K>) : undefined;
}

export const getEntries = (): Entry[] => getDocs('entry');

// Under `next dev` Next asks for every page's address (generateStaticParams) in a process of its
// own, on each request; reading the folders there, instead of checking every file in that process
// as well, takes a whole check (about 2.5 s) off the first page an editor opens. A file with
// problems keeps its address, where the page shows them.
const listFolders = () => process.env.NODE_ENV === 'development' && !process.env[snapshotVariable];

/** The slugs of every page of one kind: what generateStaticParams returns. */
export function pageSlugs(kind: Kind): string[] {
  const pages = listFolders() ? readSources(kind, contentRoot()) : getDocs(kind);
  return pages.map((page) => page.slug);
}

/** The kinds with an index page: in a build, those with a page the site shows; under `next dev`, with a file. */
export function indexedKinds(): Kind[] {
  return listFolders() ? kinds.filter((kind) => pageSlugs(kind).length > 0) : liveKinds();
}

/** The kinds with at least one page the site shows: a kind whose pages are all drafts has no index yet. */
export function liveKinds(): Kind[] {
  return kinds.filter((kind) => getDocs(kind).length > 0);
}
export const getEntry = (slug: string): Entry | undefined => getDoc('entry', slug);

/** The content pages a page's body links to, in order of first mention, itself left out. */
export function linksFrom(doc: Doc): Doc[] {
  const { links, byPath } = content();
  const self = docPath(doc.kind, doc.slug);
  return (links[self] ?? []).filter((p) => p !== self).flatMap((p) => byPath.get(p) ?? []);
}

/** The pages whose bodies link to this one, A–Z. */
export function linksTo(doc: Doc): Doc[] {
  const { incoming, byPath } = content();
  const from = incoming.get(docPath(doc.kind, doc.slug)) ?? new Set();
  return [...from].flatMap((p) => byPath.get(p) ?? []).sort(byTitle);
}

/** The guides and comparisons that explain an entry: those that link to it, and comparisons of it. A–Z. */
export function explainersOf(entry: Entry): Explainer[] {
  const linking = linksTo(entry).filter((d): d is Explainer => d.kind !== 'entry');
  const comparing = getDocs('comparison').filter((c) => c.compares.includes(entry.slug));
  return [...new Set([...linking, ...comparing])].sort(byTitle);
}

/** The entries a page's body links to, in order of first mention: what its previews and term list show. */
export function entriesLinkedFrom(doc: Doc): Entry[] {
  return linksFrom(doc).filter((d): d is Entry => d.kind === 'entry');
}

/** Every page the site shows, every kind, A–Z. */
export function getAllDocs(): Doc[] {
  return [...content().byPath.values()].sort(byTitle);
}

/** Every figure in the table, in the order of their files. */
export function getFigures(): Figure[] {
  return [...content().figures.values()];
}

export function getFigure(id: string): Figure | undefined {
  return content().figures.get(id);
}

/** The figures a page shows. */
export function figuresOf(doc: Doc): Figure[] {
  const { figureUse, figures } = content();
  return (figureUse[docPath(doc.kind, doc.slug)] ?? []).flatMap((id) => figures.get(id) ?? []);
}

/** A page's numbered sources and what each of its citations points at. */
export function citationsOf(doc: Doc): PageCitations {
  return content().citations[docPath(doc.kind, doc.slug)] ?? { sources: [], numbers: {} };
}

/** The pages that show a figure, A–Z. */
export function pagesUsing(figure: Figure): Doc[] {
  const { figureUse, byPath } = content();
  return Object.entries(figureUse)
    .filter(([, ids]) => ids.includes(figure.id))
    .flatMap(([path]) => byPath.get(path) ?? [])
    .sort(byTitle);
}

/** Every recorded change to every page the site shows, newest first. */
export function recentChanges(): { doc: Doc; change: Doc['changes'][number] }[] {
  return getAllDocs()
    .flatMap((doc) => doc.changes.map((change) => ({ doc, change })))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || byTitle(a.doc, b.doc));
}

/** Every state's help contacts, in the order of the list of states (content/help/states/). */
export function getStates(): StateHelp[] {
  const { states } = content().help;
  return stateCodes.flatMap((code) => states.find((s) => s.state === code) ?? []);
}

export function getState(code: string): StateHelp | undefined {
  return content().help.states.find((s) => s.state.toLowerCase() === code.toLowerCase());
}

/** The problems /help sorts readers by, in order (content/help/problems.yaml). */
export function getHelpProblems(): HelpProblem[] {
  return content().help.helpProblems;
}

/** The national routes and what each kind of regulator does (content/help/national.yaml). */
export function getNational(): National | undefined {
  return content().help.national;
}
