import Link from 'next/link';
import { docPath, type Entry } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';

/** The id of the info icon the preview buttons use. */
export const infoIcon = 'info-icon';

export function previewId(slug: string): string {
  return `definition-${slug}`;
}

/**
 * The definitions of the entries this page links to, as popovers. The
 * browser keeps them hidden until a preview button or link opens one, and
 * closes them on Esc or a tap elsewhere. The info icon every preview
 * button shows is drawn once here and reused.
 */
export function DefinitionPreviews({
  entries,
}: {
  entries: Pick<Entry, 'slug' | 'title' | 'abbreviation' | 'description'>[];
}) {
  if (!entries.length) return null;
  return (
    <div data-pagefind-ignore="all" className="print:hidden">
      <svg aria-hidden="true" width="0" height="0" className="absolute">
        <symbol id={infoIcon} viewBox="0 0 16 16">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M8 7v4.5M8 4.5v.01"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </symbol>
      </svg>
      {entries.map((entry) => (
        <div
          key={entry.slug}
          id={previewId(entry.slug)}
          popover="auto"
          data-preview-panel=""
          className="popover-anchored rounded-lg border border-line bg-canvas p-4 text-ink"
        >
          <p className="font-semibold">{displayTitle(entry)}</p>
          <p className="mt-1">{entry.description}</p>
          <Link href={docPath('entry', entry.slug)} className="mt-1 inline-block">
            Read the full entry
          </Link>
        </div>
      ))}
    </div>
  );
}
