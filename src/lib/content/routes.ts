import { topicSlugs } from './topics';

/**
 * Pages of the site besides entries, by path. Links in entries are checked
 * against these, so a new page is added here when its route is added.
 */
export const sitePages = [
  '/',
  '/glossary',
  '/topics',
  '/search',
  '/about',
  '/editorial-policy',
  '/how-we-make-money',
  '/contact',
  ...topicSlugs.map((t) => `/topics/${t}`),
];

export function entryPath(slug: string): string {
  return `/glossary/${slug}`;
}

/** The slug of the entry a site link points to (a section anchor allowed), or undefined. */
export function linkedEntrySlug(url: string): string | undefined {
  return url.match(/^\/glossary\/([a-z0-9-]+)(?:#.*)?$/)?.[1];
}

/** The entry's 1200×630 share image. */
export function shareImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/**
 * Why an internal link in an entry would not work, or undefined if it does.
 * `anchorsBySlug` holds every entry's slug with the ids on its page; a
 * published entry may not link to a draft, which the live site leaves out.
 */
export function resolveInternalLink(
  url: string,
  anchorsBySlug: Map<string, Set<string>>,
  current: { slug: string; draft: boolean },
  drafts: Set<string>,
): string | undefined {
  const [pathPart, anchor] = url.split('#', 2);
  const path = pathPart || entryPath(current.slug);
  if (path.length > 1 && path.endsWith('/')) return `write ${path.slice(0, -1)} without the trailing slash`;
  const entry = path.match(/^\/glossary\/([^/?]+)$/);
  if (entry) {
    const anchors = anchorsBySlug.get(entry[1]);
    if (!anchors) return `there is no entry "${entry[1]}" (expected a file content/glossary/${entry[1]}.mdx)`;
    if (drafts.has(entry[1]) && !current.draft) return `${path} is a draft, so the link would be broken on the live site`;
    if (anchor && !anchors.has(anchor)) return `the entry ${path} has no section #${anchor}; link to one of its headings, like #${[...anchors][0]}`;
    return undefined;
  }
  if (!sitePages.includes(path)) return `there is no page ${path} on this site`;
  if (anchor) return `#${anchor}: links into ${path} cannot point at a section; link to the page itself`;
  return undefined;
}
