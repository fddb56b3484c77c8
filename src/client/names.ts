import { closest, distance } from 'fastest-levenshtein';

/**
 * Matching page names as the reader types, in memory. The name index
 * (/search-names.json) is fetched once when the search field is touched;
 * every keypress after that is answered here, with no request and no wait.
 */

/** [address, title, other names, kind label ("" for an entry), how many pages link to it] */
export type NameRow = [url: string, title: string, names: string[], kind: string, mentions: number];

export interface NameHit {
  url: string;
  title: string;
  /** "Guide", "Comparison" …; empty for a glossary entry. */
  kind: string;
  /** The other name that matched, when the title did not. */
  alsoCalled?: string;
}

export interface NameMatches {
  hits: NameHit[];
  /** Set when a misspelt query was corrected: what was searched instead. */
  corrected?: string;
}

let index: Promise<NameRow[]> | undefined;

export function loadNames(): Promise<NameRow[]> {
  index ??= fetch('/search-names.json').then((r) => (r.ok ? r.json() : []));
  return index;
}

/** Lowercase, apostrophes dropped ("can't" is "cant"), other marks as spaces. */
export const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The words (3+ letters or digits) of every name, each once, sorted: what a misspelling is corrected against. */
export function nameWords(rows: Pick<NameRow, 1 | 2>[]): string[] {
  const words = new Set<string>();
  for (const [, title, names] of rows as NameRow[])
    for (const name of [title, ...names])
      for (const word of normalise(name).split(' ')) if (word.length >= 3) words.add(word);
  return [...words].sort();
}

/** Each word not known as (the start of) a name word is swapped for the closest name word, if one is close. */
export function correct(query: string, words: string[]): string {
  return normalise(query)
    .split(' ')
    .map((word) => {
      if (word.length < 4 || words.some((w) => w.startsWith(word))) return word;
      const best = closest(word, words);
      // One slip in any word; two only in long words, where two letters are a small share.
      return distance(word, best) <= (word.length < 9 ? 1 : 2) ? best : word;
    })
    .join(' ');
}

const startsAWord = (name: string, q: string) => ` ${name}`.includes(` ${q}`);

/**
 * How well a page's names match a normalised query, best first, or undefined:
 * 0 a name (title, abbreviation, alias) is the query; 1 the title starts with
 * it; 2 a word of the title does; 3 another name does; 4 every word of the
 * query starts a word of some name. The second number breaks ties: the
 * shorter name wins.
 */
export function nameRank(
  title: string,
  names: string[],
  q: string,
): { rank: number; length: number; alias?: string } | undefined {
  const plain = normalise(title.replace(/\s*\([^)]*\)/g, ''));
  const inTitle = [...title.matchAll(/\(([^)]+)\)/g)].map((m) => normalise(m[1]));
  const others = names.map((name) => ({ name, norm: normalise(name) }));
  if (plain === q || inTitle.includes(q)) return { rank: 0, length: 0 };
  const exact = others.find((o) => o.norm === q);
  if (exact) return { rank: 0, length: 0, alias: exact.name };
  if (plain.startsWith(q)) return { rank: 1, length: plain.length };
  if (startsAWord(plain, q)) return { rank: 2, length: plain.length };
  const alias = others
    .filter((o) => startsAWord(o.norm, q))
    .sort((a, b) => a.norm.length - b.norm.length)[0];
  if (alias) return { rank: 3, length: alias.norm.length, alias: alias.name };
  const words = [plain, ...inTitle, ...others.map((o) => o.norm)].join(' ').split(' ');
  if (q.split(' ').every((w) => words.some((word) => word.startsWith(w))))
    return { rank: 4, length: plain.length };
  return undefined;
}

function matchAll(rows: NameRow[], q: string, limit: number): NameHit[] {
  return rows
    .flatMap(([url, title, names, kind, mentions]) => {
      const r = nameRank(title, names, q);
      return r ? [{ hit: { url, title, kind, alsoCalled: r.alias }, mentions, ...r }] : [];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.length - b.length ||
        b.mentions - a.mentions ||
        a.hit.title.localeCompare(b.hit.title),
    )
    .slice(0, limit)
    .map((m) => m.hit);
}

let vocabulary: { rows: NameRow[]; words: string[] } | undefined;

/** nameWords of the index, worked out once per index. */
export function wordsOf(rows: NameRow[]): string[] {
  if (vocabulary?.rows !== rows) vocabulary = { rows, words: nameWords(rows) };
  return vocabulary.words;
}

/** The pages whose names match what was typed, best first; a misspelt query is corrected if nothing matches. */
export function matchNames(rows: NameRow[], query: string, limit = 8): NameMatches {
  const q = normalise(query);
  if (!q) return { hits: [] };
  const hits = matchAll(rows, q, limit);
  if (hits.length) return { hits };
  const fixed = correct(q, wordsOf(rows));
  if (fixed === q) return { hits: [] };
  const better = matchAll(rows, fixed, limit);
  return better.length ? { hits: better, corrected: fixed } : { hits: [] };
}
