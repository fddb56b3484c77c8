import { Feed } from 'feed';
import { displayTitle } from '@/lib/content/display';
import { getTerms } from '@/lib/content/load';
import { entryPath } from '@/lib/content/routes';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** An Atom feed of entries, newest update first. */
export function GET() {
  const terms = [...getTerms()].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
  const feed = new Feed({
    title: `${site.name}: new and updated entries`,
    description: site.description,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: site.language,
    favicon: absoluteUrl('/icon.svg'),
    copyright: `${site.name}`,
    updated: terms.length ? new Date(`${terms[0].updated}T00:00:00Z`) : undefined,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    author: { name: `${site.name} Editorial Team`, link: absoluteUrl('/about') },
  });
  for (const term of terms.slice(0, 50)) {
    const url = absoluteUrl(entryPath(term.slug));
    feed.addItem({
      title: displayTitle(term),
      id: url,
      link: url,
      description: term.description,
      date: new Date(`${term.updated}T00:00:00Z`),
      published: new Date(`${term.published}T00:00:00Z`),
      category: [{ name: term.category }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
