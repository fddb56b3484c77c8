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
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ '/pagefind/pagefind.js' as string).then(
    async (pf: Pagefind) => {
      // Short glossary pages: let where a word appears (the title, weighted) count more than how often.
      await pf.options({ ranking: { termFrequency: 0.4, pageLength: 0.2, termSimilarity: 2 } });
      await pf.init();
      return pf;
    },
  );
  return pagefind;
}

async function pagefindHits(query: string, limit: number): Promise<Hit[]> {
  const pf = await loadPagefind();
  const { results } = await pf.search(query);
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url.replace(/\.html$/, ''),
    title: d.meta.title ?? d.url,
    description: d.meta.description ?? '',
    aliases: d.meta.aliases ?? '',
    mentions: Number(d.meta.mentions ?? 0),
    kind: d.meta.kind ?? '',
  }));
}

export interface Found {
  hits: Hit[];
  /** Set when a misspelt query was corrected: what was searched instead. */
  corrected?: string;
}

export async function find(query: string, limit = 8): Promise<Found> {
  const q = query.trim();
  if (!q) return { hits: [] };
  // Each result's details are a separate small fetch: a dozen is enough to rank names first.
  const fetchCount = Math.max(limit, 12);
  const [original, rows] = await Promise.all([pagefindHits(q, fetchCount), loadNames()]);
  const ranked = rank(original, q);
  const fixed = correct(q, wordsOf(rows));
  // Correct only when no page's name matches what was typed.
  if (fixed === normalise(q) || (ranked.length && rankOf(ranked[0], q)[0] < 5))
    return { hits: ranked.slice(0, limit) };
  const better = rank(await pagefindHits(fixed, fetchCount), fixed);
  const hits = [...better, ...ranked.filter((h) => !better.some((b) => b.url === h.url))];
  return { hits: hits.slice(0, limit), corrected: better.length ? fixed : undefined };
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
