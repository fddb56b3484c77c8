import { formatDay } from '@/lib/dates';

export function Byline({ author, reviewer, updated }: { author: string; reviewer?: string; updated: string }) {
  return (
    <p className="byline">
      <span>Written by {author}</span>
      {reviewer ? <span>Reviewed by {reviewer}</span> : null}
      <span>
        Updated <time dateTime={updated}>{formatDay(updated)}</time>
      </span>
    </p>
  );
}
