import Link from 'next/link';
import { docPath, type Entry } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';

/** Entries as a list of title + definition, used by the A–Z, topics and related sections. */
export function EntryList({
  entries,
}: {
  entries: Pick<Entry, 'slug' | 'title' | 'abbreviation' | 'description'>[];
}) {
  return (
    <ul className="mt-4 flex flex-col gap-4">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <Link href={docPath('entry', entry.slug)} className="font-semibold">
            {displayTitle(entry)}
          </Link>
          <p className="text-muted">{entry.description}</p>
        </li>
      ))}
    </ul>
  );
}
