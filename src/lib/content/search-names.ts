import type { NameRow } from '@/client/names';
import { collections, docPath, type Doc } from './collections';
import { displayTitle } from './display';

/**
 * The name index the header search matches as the reader types: every page's
 * address, title, other names (an entry's abbreviation and aliases, the other
 * ways a pitch is heard), what kind of page it is, and how many pages link to
 * it. Names only, no text: at 1,000 entries it stays a few tens of kilobytes,
 * fetched once; the full text stays with Pagefind on /search.
 */
export function nameIndex(docs: Doc[], mentions: (doc: Doc) => number): NameRow[] {
  return docs.map((doc) => [
    docPath(doc.kind, doc.slug),
    doc.kind === 'entry' ? displayTitle(doc) : doc.title,
    otherNames(doc),
    doc.kind === 'entry' ? '' : collections[doc.kind].eyebrow,
    mentions(doc),
  ]);
}

function otherNames(doc: Doc): string[] {
  if (doc.kind === 'entry') return [doc.abbreviation ?? '', ...(doc.aliases ?? [])].filter(Boolean);
  if (doc.kind === 'pitch') return doc.heard;
  return [];
}
