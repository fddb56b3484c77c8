import { collections, kinds, type Kind } from './collections';
import { stateCodes } from './schema/help';
import { topicSlugs } from './topics';

/**
 * Pages of the site besides content pages, by path. Links in content are
 * checked against these, so a new page is added here when its route is added.
 */
export const sitePages = [
  '/',
  ...kinds.map((kind) => collections[kind].index),
  '/topics',
  '/search',
  '/figures',
  '/help',
  ...stateCodes.map((code) => `/help/${code.toLowerCase()}`),
  '/changes',
  '/about',
  '/editorial-policy',
  '/how-we-make-money',
  '/contact',
  ...topicSlugs.map((t) => `/topics/${t}`),
];

/** A page's 1200×630 share image: /og/<slug>.png for entries (their address since launch), /og/<folder>/<slug>.png for other kinds. */
export function shareImagePath(kind: Kind, slug: string): string {
  const { folder } = collections[kind];
  return kind === 'entry' ? `/og/${slug}.png` : `/og/${folder}/${slug}.png`;
}
