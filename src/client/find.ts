import { correct, loadNames, nameRank, normalise, wordsOf } from './names';

/**
 * The full-text search of /search: Pagefind's index (chunked, fetched
 * lazily), plus two things it does not do: pages whose name matches the
 * query come first, and a misspelt word ("surender") is corrected against
 * the words of page names before searching again. The header's field
 * matches names only (names.ts) and hands the full text to this page.
 */
export interface Hit {
  url: string;
  title: string;
  description: string;
  aliases: string;
  /** How many entries link to this one. */
  mentions: number;
  /** "Guide", "Comparison" …; empty for a glossary entry. */
  kind: string;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * The tag of the entry file this page preloaded (the build adds the preload:
 * scripts/lib/search-index.ts). Given it, Pagefind asks for that same
 * address, which the browser already holds; without it, a new one each time.
 */
function entryFileTag(): { metaCacheTag?: string } {
  const link = document.querySelector<HTMLLinkElement>(
    'link[rel="preload"][href*="/pagefind/pagefind-entry.json?ts="]',
  );
  const tag = link && new URL(link.href).searchParams.get('ts');
  return tag ? { metaCacheTag: tag } : {};
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ '/pagefind/pagefind.js' as string).then(
    async (pf: Pagefind) => {
      await pf.options({
        // Short glossary pages: let where a word appears (the title, weighted) count more than how often.
        ranking: { termFrequency: 0.4, pageLength: 0.2, termSimilarity: 2 },
        ...entryFileTag(),
      });
      await pf.init();
      return pf;
    },
  );
  return pagefind;
}

async function details(results: PagefindResult[]): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url.replace(/\.html$/, ''),
    title: d.meta.title ?? d.url,
    description: d.meta.description ?? '',
    aliases: d.meta.aliases ?? '',
    mentions: Number(d.meta.mentions ?? 0),
    kind: d.meta.kind ?? '',
  }));
}

/** One result in order: its details once fetched. Its id names the page without fetching anything. */
interface Slot {
  result: PagefindResult;
  hit?: Hit;
}

/** Pagefind's results for a query, the first `head` with their details, those ranked names first. */
async function slots(query: string, head: number): Promise<Slot[]> {
  const { results } = await (await loadPagefind()).search(query);
  const top = results.slice(0, head);
  const known = await details(top);
  const resultOf = new Map(known.map((hit, i) => [hit.url, top[i]]));
  return [
    ...rank(known, query).map((hit) => ({ result: resultOf.get(hit.url)!, hit })),
    ...results.slice(head).map((result) => ({ result })),
  ];
}

export interface Found {
  /** The first results, with their details. */
  hits: Hit[];
  /** How many pages match in all. */
  total: number;
  /** Set when a misspelt query was corrected: what was searched instead. */
  corrected?: string;
  /** The next `count` results after those already given, with their details. */
  more: (count: number) => Promise<Hit[]>;
}

function found(order: Slot[], first: number, corrected?: string): Promise<Found> {
  let given = 0;
  const more = async (count: number) => {
    const next = order.slice(given, given + count);
    given += next.length;
    const missing = next.filter((slot) => !slot.hit);
    const fetched = await details(missing.map((slot) => slot.result));
    missing.forEach((slot, i) => (slot.hit = fetched[i]));
    return next.map((slot) => slot.hit!);
  };
  return more(first).then((hits) => ({ hits, total: order.length, corrected, more }));
}

/**
 * The full-text results for a query: the first `limit` with their details,
 * the rest fetched only when the reader asks for more. Each result's details
 * are a separate small fetch, so a phone fetches what it shows; a dozen are
 * enough to rank names first.
 */
export async function find(query: string, limit = 8): Promise<Found> {
  const q = query.trim();
  if (!q) return { hits: [], total: 0, more: async () => [] };
  const head = Math.max(limit, 12);
  const [original, rows] = await Promise.all([slots(q, head), loadNames()]);
  const fixed = correct(q, wordsOf(rows));
  // Correct only when no page's name matches what was typed.
  const first = original[0]?.hit;
  if (fixed === normalise(q) || (first && rankOf(first, q)[0] < 5)) return found(original, limit);
  const better = await slots(fixed, head);
  const seen = new Set(better.map((slot) => slot.result.id));
  const order = [...better, ...original.filter((slot) => !seen.has(slot.result.id))];
  return found(order, limit, better.length ? fixed : undefined);
}

/** names.ts's rank of a hit's names and the matching name's length; rank 5 when only its text matches. */
function rankOf(hit: Hit, query: string): [number, number] {
  const r = nameRank(hit.title, hit.aliases.split(', ').filter(Boolean), normalise(query));
  return r ? [r.rank, r.length] : [5, 0];
}

export function rank(hits: Hit[], query: string): Hit[] {
  // A stable sort keeps Pagefind's own order where names do not decide.
  return hits
    .map((hit, i) => ({ hit, i, r: rankOf(hit, query) }))
    .sort(
      (a, b) =>
        a.r[0] - b.r[0] ||
        a.r[1] - b.r[1] ||
        (a.r[0] < 5 ? b.hit.mentions - a.hit.mentions : 0) ||
        a.i - b.i,
    )
    .map((x) => x.hit);
}
