import { Feed } from 'feed';
import { collections, docPath } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { getAllDocs } from '@/lib/content/store';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** An Atom feed of entries, guides and comparisons, newest update first. */
export function GET() {
  const docs = getAllDocs().sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title),
  );
  const feed = new Feed({
    title: `${site.name}: new and updated pages`,
    description: site.description,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: site.language,
    favicon: absoluteUrl('/icon.svg'),
    copyright: `${site.name}`,
    updated: docs.length ? new Date(`${docs[0].updated}T00:00:00Z`) : undefined,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    author: { name: `${site.name} Editorial Team`, link: absoluteUrl('/about') },
  });
  for (const doc of docs.slice(0, 50)) {
    const url = absoluteUrl(docPath(doc.kind, doc.slug));
    feed.addItem({
      title: displayTitle(doc),
      id: url,
      link: url,
      description: doc.description,
      date: new Date(`${doc.updated}T00:00:00Z`),
      published: new Date(`${doc.published}T00:00:00Z`),
      category: [{ name: doc.kind === 'entry' ? doc.category : collections[doc.kind].noun }],
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
