import Link from 'next/link';
import type { Term } from '@/lib/content/load';
import { displayTitle } from '@/lib/content/display';
import { entryPath } from '@/lib/content/routes';

export function previewId(slug: string): string {
  return `definition-${slug}`;
}

/**
 * The definitions of the entries this page links to, as popovers. The
 * browser keeps them hidden until a preview button or link opens one, and
 * closes them on Esc or a tap elsewhere.
 */
export function DefinitionPreviews({ terms }: { terms: Pick<Term, 'slug' | 'title' | 'abbreviation' | 'description'>[] }) {
  if (!terms.length) return null;
  return (
    <div className="previews" data-pagefind-ignore="all">
      {terms.map((term) => (
        <div key={term.slug} id={previewId(term.slug)} popover="auto" className="preview">
          <p className="preview-title">{displayTitle(term)}</p>
          <p>{term.description}</p>
          <Link href={entryPath(term.slug)}>Read the full entry</Link>
        </div>
      ))}
    </div>
  );
}
