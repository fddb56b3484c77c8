import type { Entry } from './collections';

/** Lowercase words (3+ letters or digits) from every title, abbreviation and alias, each once, sorted. */
export function nameWords(entries: Pick<Entry, 'title' | 'abbreviation' | 'aliases'>[]): string[] {
  const words = new Set<string>();
  for (const entry of entries) {
    for (const name of [entry.title, entry.abbreviation ?? '', ...(entry.aliases ?? [])]) {
      for (const word of name.toLowerCase().split(/[^a-z0-9]+/))
        if (word.length >= 3) words.add(word);
    }
  }
  return [...words].sort();
}
