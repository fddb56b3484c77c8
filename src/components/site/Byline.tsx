import { formatDay } from '@/lib/dates';

export function Byline({
  author,
  reviewer,
  updated,
}: {
  author: string;
  reviewer?: string;
  updated: string;
}) {
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      <span>Written by {author}</span>
      {reviewer ? <span>Reviewed by {reviewer}</span> : null}
      <span>
        Updated <time dateTime={updated}>{formatDay(updated)}</time>
      </span>
    </p>
  );
}
