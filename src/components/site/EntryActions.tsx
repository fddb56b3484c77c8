import Link from 'next/link';
import type { Doc } from '@/lib/content/collections';
import { site } from '@/lib/site';

/** "Suggest an edit" opens the page's own file where the repository is known; otherwise the corrections page explains how. */
export function EntryActions({ doc }: { doc: Pick<Doc, 'file' | 'title'> }) {
  const edit = site.repository
    ? `${site.repository}/edit/${site.branch}/${doc.file}`
    : '/contact#suggest-an-edit';
  const report = site.repository
    ? `${site.repository}/issues/new?title=${encodeURIComponent(`Problem with: ${doc.title}`)}`
    : '/contact#report-a-problem';
  return (
    <ul className="mt-8 flex flex-wrap gap-x-5 gap-y-2 print:hidden">
      <li>
        {edit.startsWith('/') ? (
          <Link href={edit}>Suggest an edit</Link>
        ) : (
          <a href={edit}>Suggest an edit</a>
        )}
      </li>
      <li>
        {report.startsWith('/') ? (
          <Link href={report}>Report a problem</Link>
        ) : (
          <a href={report}>Report a problem</a>
        )}
      </li>
    </ul>
  );
}
