import { nextValueDue } from '@/lib/content/figures';
import type { Figure } from '@/lib/content/schema/figure';
import { formatDay } from '@/lib/dates';

/**
 * Tells readers, from the day next year's amounts usually come out until they are in the
 * figures table, that the page's amounts are for the year they are for. One line per
 * publisher and schedule; dated by the build.
 */
export function NextYearNotice({ figures, today }: { figures: Figure[]; today: string }) {
  const due = new Map<string, { figure: Figure; year: number }>();
  for (const figure of figures) {
    if (!nextValueDue(figure, today)) continue;
    const { publisher, when } = figure.announcement!;
    const year = figure.values[0].year!;
    due.set(`${publisher} ${when} ${year}`, { figure, year });
  }
  if (!due.size) return null;
  return (
    <div role="note" className="mt-4 rounded-md border border-warn-line bg-warn-soft p-3 text-sm">
      {[...due.values()].map(({ figure, year }) => {
        const { publisher, when, url } = figure.announcement!;
        return (
          <p key={`${publisher}${when}${year}`}>
            {publisher} usually announces the {year + 1} amounts {when}. Until we add them, amounts
            on this page from {publisher} are for {year}.{' '}
            <span className="text-muted">
              As of <time dateTime={today}>{formatDay(today)}</time>; see{' '}
              <a href={url}>{publisher}&rsquo;s announcements</a>.
            </span>
          </p>
        );
      })}
    </div>
  );
}
