import type { Term } from './load';

/** Lowercase words (3+ letters or digits) from every title, abbreviation and alias, each once, sorted. */
export function nameWords(terms: Pick<Term, 'title' | 'abbreviation' | 'aliases'>[]): string[] {
  const words = new Set<string>();
  for (const term of terms) {
    for (const name of [term.title, term.abbreviation ?? '', ...(term.aliases ?? [])]) {
      for (const word of name.toLowerCase().split(/[^a-z0-9]+/)) if (word.length >= 3) words.add(word);
    }
  }
  return [...words].sort();
}
