import type { ComponentProps } from 'react';
import type { Term } from '@/lib/content/load';
import { displayTitle } from '@/lib/content/display';
import { linkedEntrySlug } from '@/lib/content/routes';
import { previewId } from './DefinitionPreviews';

type Preview = Pick<Term, 'slug' | 'title' | 'abbreviation'>;

/**
 * A link in an entry body. A link to another entry gets an info button that
 * opens that entry's definition (written into the page at build time) in a
 * popover: it works by tap or keyboard with no script at all, and a small
 * deferred script adds hover and focus. Other links stay plain links.
 */
export function EntryLink({ href = '', children, previews }: ComponentProps<'a'> & { previews: Map<string, Preview> }) {
  const slug = linkedEntrySlug(href);
  const target = slug ? previews.get(slug) : undefined;
  if (!target) return <a href={href}>{children}</a>;
  return (
    <>
      <a href={href} className="term-link" data-preview={previewId(target.slug)}>
        {children}
      </a>
      <button
        type="button"
        className="preview-toggle"
        popoverTarget={previewId(target.slug)}
        aria-label={`Definition of ${displayTitle(target)}`}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v4.5M8 4.5v.01" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
    </>
  );
}
