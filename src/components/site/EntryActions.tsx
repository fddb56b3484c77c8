import Link from 'next/link';
import type { Term } from '@/lib/content/load';
import { site } from '@/lib/site';

/** "Suggest an edit" opens the entry's own file where the repository is known; otherwise the corrections page explains how. */
export function EntryActions({ term }: { term: Pick<Term, 'file' | 'title'> }) {
  const edit = site.repository ? `${site.repository}/edit/${site.branch}/${term.file}` : '/contact#suggest-an-edit';
  const report = site.repository
    ? `${site.repository}/issues/new?title=${encodeURIComponent(`Problem with: ${term.title}`)}`
    : '/contact#report-a-problem';
  return (
    <ul className="entry-actions">
      <li>{edit.startsWith('/') ? <Link href={edit}>Suggest an edit</Link> : <a href={edit}>Suggest an edit</a>}</li>
      <li>{report.startsWith('/') ? <Link href={report}>Report a problem</Link> : <a href={report}>Report a problem</a>}</li>
    </ul>
  );
}
