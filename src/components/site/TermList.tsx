import Link from 'next/link';
import type { Term } from '@/lib/content/load';
import { displayTitle } from '@/lib/content/display';
import { entryPath } from '@/lib/content/routes';

/** Entries as a list of title + definition, used by the A–Z, topics and related sections. */
export function TermList({ terms }: { terms: Pick<Term, 'slug' | 'title' | 'abbreviation' | 'description'>[] }) {
  return (
    <ul className="term-list">
      {terms.map((term) => (
        <li key={term.slug}>
          <Link href={entryPath(term.slug)}>{displayTitle(term)}</Link>
          <p>{term.description}</p>
        </li>
      ))}
    </ul>
  );
}
