import type { MetadataRoute } from 'next';
import { collections, docPath, kinds, topicsOf, type Doc } from '@/lib/content/collections';
import { lastChanged } from '@/lib/content/fact-check';
import { sitePages } from '@/lib/content/routes';
import { getAllDocs, liveKinds } from '@/lib/content/store';
import type { TopicSlug } from '@/lib/content/topics';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every indexable page. A content page's lastmod is the day it last changed (its
 * `updated` date, or its fact-check date if later),
 * never the build time; a list page changes when the newest page it lists does.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const docs = getAllDocs();
  // A kind whose pages are all drafts has no index page yet.
  const live = new Set<string>(liveKinds().map((k) => collections[k].index));
  const lists = sitePages.filter(
    (path) =>
      path !== '/search' && (!kinds.some((k) => collections[k].index === path) || live.has(path)),
  );
  return [
    ...lists.map((path) => ({
      url: absoluteUrl(path),
      lastModified: listLastModified(path, docs),
    })),
    ...docs.map((doc) => ({
      url: absoluteUrl(docPath(doc.kind, doc.slug)),
      lastModified: lastChanged(doc),
    })),
  ];
}

const newest = (docs: Doc[]) =>
  docs.reduce<string | undefined>((d, doc) => (!d || doc.updated > d ? doc.updated : d), undefined);

function listLastModified(path: string, docs: Doc[]): string | undefined {
  const topic = path.match(/^\/topics\/(.+)$/)?.[1];
  if (topic) return newest(docs.filter((d) => topicsOf(d).includes(topic as TopicSlug)));
  const kind = kinds.find((k) => collections[k].index === path);
  if (kind) return newest(docs.filter((d) => d.kind === kind));
  // Pages with their own words (About and the like) carry no date rather than a made-up one.
  return ['/', '/topics'].includes(path) ? newest(docs) : undefined;
}
