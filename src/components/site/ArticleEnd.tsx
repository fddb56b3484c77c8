import { collections, type Doc } from '@/lib/content/collections';
import { EntryActions } from './EntryActions';

/** The close of every content page: ways to correct it, and what it is not. */
export function ArticleEnd({ doc }: { doc: Doc }) {
  return (
    <>
      <EntryActions doc={doc} />
      <p className="mt-10 border-l-4 border-line pl-4 text-sm text-muted">
        This {collections[doc.kind].noun} is general education, not legal, tax or financial advice,
        and it does not recommend any product or company. Insurance rules vary by state; your state
        insurance department can tell you what applies where you live.
      </p>
    </>
  );
}
