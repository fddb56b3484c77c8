import { Feed } from 'feed';
import { docPath } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { getEntries } from '@/lib/content/store';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** An Atom feed of entries, newest update first. */
export function GET() {
  const entries = [...getEntries()].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title),
  );
  const feed = new Feed({
    title: `${site.name}: new and updated entries`,
    description: site.description,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: site.language,
    favicon: absoluteUrl('/icon.svg'),
    copyright: `${site.name}`,
    updated: entries.length ? new Date(`${entries[0].updated}T00:00:00Z`) : undefined,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    author: { name: `${site.name} Editorial Team`, link: absoluteUrl('/about') },
  });
  for (const entry of entries.slice(0, 50)) {
    const url = absoluteUrl(docPath('entry', entry.slug));
    feed.addItem({
      title: displayTitle(entry),
      id: url,
      link: url,
      description: entry.description,
      date: new Date(`${entry.updated}T00:00:00Z`),
      published: new Date(`${entry.published}T00:00:00Z`),
      category: [{ name: entry.category }],
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
