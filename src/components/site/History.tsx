import type { Doc } from '@/lib/content/collections';
import { formatDay } from '@/lib/dates';
import { Section } from './Section';

/** What changed on this page for readers, newest first, down to when it was first published. */
export function History({ doc }: { doc: Pick<Doc, 'changes' | 'published'> }) {
  const changes = [...doc.changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Section id="history">
      <ol className="flex flex-col gap-2">
        {changes.map((change) => (
          <li key={`${change.date} ${change.summary}`}>
            <time dateTime={change.date} className="font-semibold">
              {formatDay(change.date)}
            </time>
            : {change.summary}
            {change.source ? (
              <>
                {' '}
                (source: <a href={change.source.url}>{change.source.title}</a>)
              </>
            ) : null}
          </li>
        ))}
        <li>
          <time dateTime={doc.published} className="font-semibold">
            {formatDay(doc.published)}
          </time>
          : first published.
        </li>
      </ol>
    </Section>
  );
}
