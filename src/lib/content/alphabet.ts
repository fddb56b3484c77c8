import type { Entry } from './collections';

/** A–Z order, the order every list on the site uses. */
export function byTitle(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
}

export const letters = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The group an entry sits under in the A–Z: its first letter, or "#" for a digit ("1035 Exchange"). */
export function letterOf(title: string): string {
  const first = title.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function groupByLetter<T extends Pick<Entry, 'title'>>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.title);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return new Map(letters.filter((l) => groups.has(l)).map((l) => [l, groups.get(l)!]));
}

/** The id of a letter's section on /glossary: "letter-a", or "letter-0-9" for "#". */
export function letterId(letter: string): string {
  return letter === '#' ? 'letter-0-9' : `letter-${letter.toLowerCase()}`;
}
