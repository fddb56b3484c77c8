import type { Entry } from './collections';

/** "Independent Marketing Organization (IMO)": the title as the h1 and lists show it. */
export function displayTitle(entry: Pick<Entry, 'title' | 'abbreviation'>): string {
  return entry.abbreviation && !entry.title.includes(`(${entry.abbreviation})`) ? `${entry.title} (${entry.abbreviation})` : entry.title;
}
