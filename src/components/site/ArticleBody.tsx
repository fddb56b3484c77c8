import type { ReactNode } from 'react';
import type { Entry } from '@/lib/content/collections';
import { DefinitionPreviews } from './DefinitionPreviews';

/** A page's words, then the previews of the entries they link to: the same for every kind of page. */
export function ArticleBody({ linked, children }: { linked: Entry[]; children: ReactNode }) {
  return (
    <>
      <div className="text-lg/prose" data-print-urls>
        {children}
      </div>
      <DefinitionPreviews entries={linked} />
    </>
  );
}
