import type { Term } from './load';

export const letters = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The group an entry sits under in the A–Z: its first letter, or "#" for a digit ("1035 Exchange"). */
export function letterOf(title: string): string {
  const first = title.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function groupByLetter<T extends Pick<Term, 'title'>>(terms: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const letter = letterOf(term.title);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return new Map(letters.filter((l) => groups.has(l)).map((l) => [l, groups.get(l)!]));
}

/** The id of a letter's section on /glossary: "letter-a", or "letter-0-9" for "#". */
export function letterId(letter: string): string {
  return letter === '#' ? 'letter-0-9' : `letter-${letter.toLowerCase()}`;
}
