import { Feed } from 'feed';
import { collections, docPath, topicsOf } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { getAllDocs, recentChanges } from '@/lib/content/store';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** An Atom feed of entries, guides and comparisons and the changes recorded in them, newest first. */
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
  // Each page once, as of its last update, and each recorded change as an update of its own.
  const items = [
    ...docs.map((doc) => ({
      doc,
      id: absoluteUrl(docPath(doc.kind, doc.slug)),
      title: displayTitle(doc),
      summary: doc.description,
      date: doc.updated,
      link: absoluteUrl(docPath(doc.kind, doc.slug)),
      isChange: false,
    })),
    ...recentChanges().map(({ doc, change }, i) => ({
      doc,
      id: `${absoluteUrl(docPath(doc.kind, doc.slug))}#change-${change.date}-${i}`,
      title: `Updated: ${displayTitle(doc)}`,
      summary: change.summary,
      date: change.date,
      link: `${absoluteUrl(docPath(doc.kind, doc.slug))}#history`,
      isChange: true,
    })),
    // Newest first; on the same day a correction or update comes before a new page.
  ].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      Number(b.isChange) - Number(a.isChange) ||
      a.title.localeCompare(b.title),
  );
  for (const item of items.slice(0, 100)) {
    feed.addItem({
      title: item.title,
      id: item.id,
      link: item.link,
      description: item.summary,
      date: new Date(`${item.date}T00:00:00Z`),
      published: new Date(`${item.doc.published}T00:00:00Z`),
      category: [{ name: topicsOf(item.doc)[0] }, { name: collections[item.doc.kind].noun }],
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
