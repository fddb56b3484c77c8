import { formatDay } from '@/lib/dates';

/** Who wrote the page, when its facts last changed, and when its figures were last checked against their sources. */
export function Byline({
  author,
  reviewer,
  updated,
  figuresChecked,
}: {
  author: string;
  reviewer?: string;
  updated: string;
  figuresChecked?: string;
}) {
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      <span>Written by {author}</span>
      {reviewer ? <span>Reviewed by {reviewer}</span> : null}
      <span>
        Updated <time dateTime={updated}>{formatDay(updated)}</time>
      </span>
      {figuresChecked ? (
        <span>
          <a href="/figures">Figures</a> checked{' '}
          <time dateTime={figuresChecked}>{formatDay(figuresChecked)}</time>
        </span>
      ) : null}
    </p>
  );
}
