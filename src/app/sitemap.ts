import type { MetadataRoute } from 'next';
import { docPath } from '@/lib/content/collections';
import { sitePages } from '@/lib/content/routes';
import { getEntries } from '@/lib/content/store';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every indexable page. An entry's lastmod is its `updated` date, never the
 * build time; a list page changes when its newest entry does.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const entries = getEntries();
  const newest = entries.reduce(
    (latest, t) => (t.updated > latest ? t.updated : latest),
    '0000-00-00',
  );
  const lists = sitePages.filter((path) => path !== '/search');
  return [
    ...lists.map((path) => ({
      url: absoluteUrl(path),
      lastModified: listLastModified(path, entries, newest),
    })),
    ...entries.map((entry) => ({
      url: absoluteUrl(docPath('entry', entry.slug)),
      lastModified: entry.updated,
    })),
  ];
}

function listLastModified(
  path: string,
  entries: { category: string; updated: string }[],
  newest: string,
): string | undefined {
  const topic = path.match(/^\/topics\/(.+)$/)?.[1];
  if (topic)
    return entries
      .filter((t) => t.category === topic)
      .reduce((d, t) => (t.updated > d ? t.updated : d), '0000-00-00');
  // Pages with their own words (About and the like) carry no date rather than a made-up one.
  return ['/', '/glossary', '/topics'].includes(path) ? newest : undefined;
}
