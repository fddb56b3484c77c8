import { closest, distance } from 'fastest-levenshtein';

/**
 * Finding entries: Pagefind's full-text index (chunked, fetched lazily)
 * plus two things it does not do: entries whose name matches the query come
 * first, and a misspelt word ("surender") is corrected against the words of
 * entry names before searching again.
 */
export interface Hit {
  url: string;
  title: string;
  description: string;
  aliases: string;
  /** How many entries link to this one. */
  mentions: number;
  /** "Guide" or "Comparison"; empty for a glossary entry. */
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
let vocabulary: Promise<string[]> | undefined;

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

function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch('/search-words.json').then((r) => (r.ok ? r.json() : []));
  return vocabulary;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim();

/** Each word not known as (the start of) a name word is swapped for the closest name word, if one is close. */
export function correct(query: string, words: string[]): string {
  return normalise(query)
    .split(/\s+/)
    .map((word) => {
      if (word.length < 4 || words.some((w) => w.startsWith(word))) return word;
      const best = closest(word, words);
      // One slip in any word; two only in long words, where two letters are a small share.
      return distance(word, best) <= (word.length < 9 ? 1 : 2) ? best : word;
    })
    .join(' ');
}

/**
 * How well an entry's names match the query, best first: 0 a name (title,
 * abbreviation or alias) is the query; 1 the title starts with it; 2 a word
 * of the title does; 3 an alias or a word of one does; 4 only the text
 * matches. Within a rank the shorter name wins, then the entry more
 * entries mention.
 */
function nameRank(hit: Hit, query: string): [number, number] {
  const q = normalise(query);
  const title = normalise(hit.title.replace(/\s*\([^)]*\)/g, ''));
  const abbreviations = [...hit.title.matchAll(/\(([^)]+)\)/g)].map((m) => normalise(m[1]));
  const aliases = hit.aliases.split(', ').map(normalise).filter(Boolean);
  const startsWord = (name: string) => name.split(' ').some((w) => w.startsWith(q));
  if ([title, ...abbreviations, ...aliases].includes(q)) return [0, 0];
  if (title.startsWith(q)) return [1, title.length];
  if (startsWord(title)) return [2, title.length];
  const alias = aliases.filter(startsWord);
  if (alias.length) return [3, Math.min(...alias.map((a) => a.length))];
  return [4, 0];
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
  const [original, words] = await Promise.all([pagefindHits(q, fetchCount), loadVocabulary()]);
  const ranked = rank(original, q);
  const fixed = correct(q, words);
  // Correct only when no entry's name matches what was typed.
  if (fixed === normalise(q) || (ranked.length && nameRank(ranked[0], q)[0] < 4))
    return { hits: ranked.slice(0, limit) };
  const better = rank(await pagefindHits(fixed, fetchCount), fixed);
  const hits = [...better, ...ranked.filter((h) => !better.some((b) => b.url === h.url))];
  return { hits: hits.slice(0, limit), corrected: better.length ? fixed : undefined };
}

export function rank(hits: Hit[], query: string): Hit[] {
  // A stable sort keeps Pagefind's own order where names do not decide.
  return hits
    .map((hit, i) => ({ hit, i, r: nameRank(hit, query) }))
    .sort(
      (a, b) =>
        a.r[0] - b.r[0] ||
        a.r[1] - b.r[1] ||
        (a.r[0] < 4 ? b.hit.mentions - a.hit.mentions : 0) ||
        a.i - b.i,
    )
    .map((x) => x.hit);
}
