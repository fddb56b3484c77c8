import type { Term } from './load';

/** "Independent Marketing Organization (IMO)": the title as the h1 and lists show it. */
export function displayTitle(term: Pick<Term, 'title' | 'abbreviation'>): string {
  return term.abbreviation && !term.title.includes(`(${term.abbreviation})`) ? `${term.title} (${term.abbreviation})` : term.title;
}
