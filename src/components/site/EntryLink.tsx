import type { ComponentProps } from 'react';
import { parseDocPath, type Entry } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { infoIcon, previewId } from './DefinitionPreviews';

type Preview = Pick<Entry, 'slug' | 'title' | 'abbreviation'>;

/**
 * A link in a body. A link to an entry gets an info button that opens that
 * entry's definition (written into the page at build time) in a popover: it
 * works by tap or keyboard with no script at all, and a small deferred
 * script adds hover and focus. Other links stay plain links.
 */
export function EntryLink({
  href = '',
  children,
  previews,
}: ComponentProps<'a'> & { previews: Map<string, Preview> }) {
  const target = parseDocPath(href);
  const entry = target?.kind === 'entry' ? previews.get(target.slug) : undefined;
  if (!entry) return <a href={href}>{children}</a>;
  return (
    <>
      <a href={href} data-preview={previewId(entry.slug)}>
        {children}
      </a>
      <button
        type="button"
        popoverTarget={previewId(entry.slug)}
        aria-label={`Definition of ${displayTitle(entry)}`}
        className="ml-0.5 inline-flex size-6 cursor-pointer items-center justify-center rounded-full align-middle text-link mouse:hidden print:hidden"
      >
        <svg aria-hidden="true" width="16" height="16">
          <use href={`#${infoIcon}`} />
        </svg>
      </button>
    </>
  );
}
