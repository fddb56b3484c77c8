import type { MetadataRoute } from 'next';
import { getTerms } from '@/lib/content/load';
import { entryPath, sitePages } from '@/lib/content/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every indexable page. An entry's lastmod is its `updated` date, never the
 * build time; a list page changes when its newest entry does.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const terms = getTerms();
  const newest = terms.reduce((latest, t) => (t.updated > latest ? t.updated : latest), '0000-00-00');
  const lists = sitePages.filter((path) => path !== '/search');
  return [
    ...lists.map((path) => ({ url: absoluteUrl(path), lastModified: listLastModified(path, terms, newest) })),
    ...terms.map((term) => ({ url: absoluteUrl(entryPath(term.slug)), lastModified: term.updated })),
  ];
}

function listLastModified(path: string, terms: { category: string; updated: string }[], newest: string): string | undefined {
  const topic = path.match(/^\/topics\/(.+)$/)?.[1];
  if (topic) return terms.filter((t) => t.category === topic).reduce((d, t) => (t.updated > d ? t.updated : d), '0000-00-00');
  // Pages with their own words (About and the like) carry no date rather than a made-up one.
  return ['/', '/glossary', '/topics'].includes(path) ? newest : undefined;
}
