import Link from 'next/link';
import type { Doc } from '@/lib/content/collections';
import { factCheck } from '@/lib/content/fact-check';
import { formatDay, formatMonth } from '@/lib/dates';

/**
 * Who wrote the page, when its facts last changed, when every claim was last checked
 * against its sources, and when its figures were last checked.
 */
export function Byline({ doc, figuresChecked }: { doc: Doc; figuresChecked?: string }) {
  const check = factCheck(doc);
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      <span>Written by {doc.author}</span>
      {doc.reviewer ? <span>Reviewed by {doc.reviewer}</span> : null}
      <span>
        Updated <time dateTime={doc.updated}>{formatDay(doc.updated)}</time>
      </span>
      <span>
        {check.state === 'pending' ? (
          <Link href="/editorial-policy#fact-checking">Not yet fact-checked claim by claim</Link>
        ) : (
          <>
            <Link href="/editorial-policy#fact-checking">Fact-checked</Link>{' '}
            <time dateTime={check.reviewed}>{formatMonth(check.reviewed)}</time>
            {check.state === 'changed' ? (
              <strong className="ml-1 font-semibold text-ink">
                Updated since its last fact-check
              </strong>
            ) : null}
          </>
        )}
      </span>
      {figuresChecked ? (
        <span>
          <Link href="/figures">Figures</Link> checked{' '}
          <time dateTime={figuresChecked}>{formatDay(figuresChecked)}</time>
        </span>
      ) : null}
    </p>
  );
}
