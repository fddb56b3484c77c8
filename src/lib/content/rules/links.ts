import { collections, parseDocPath } from '../collections';
import { sitePages } from '../routes';

/** What the link rules know of the site: every content page's path, with the ids a reader can jump to on it. */
export interface SiteMap {
  anchors: Map<string, Set<string>>;
  /** Paths of drafts, which the live site leaves out. */
  drafts: Set<string>;
}

/**
 * Why an internal link would not work, or undefined if it does. A page that
 * is live may not link to a draft; a draft may (both show under `next dev`).
 */
export function resolveInternalLink(
  url: string,
  from: { path: string; draft: boolean },
  site: SiteMap,
): string | undefined {
  const [pathPart, anchor] = url.split('#', 2);
  const path = pathPart || from.path;
  if (path.length > 1 && path.endsWith('/'))
    return `write ${path.slice(0, -1)} without the trailing slash`;
  const target = parseDocPath(path);
  if (target) {
    const anchors = site.anchors.get(path);
    const { folder, noun } = collections[target.kind];
    if (!anchors)
      return `there is no ${noun} "${target.slug}" (expected a file content/${folder}/${target.slug}.mdx)`;
    if (site.drafts.has(path) && !from.draft)
      return `${path} is a draft, so the link would be broken on the live site`;
    if (anchor && !anchors.has(anchor)) {
      return `the ${noun} ${path} has no section #${anchor}; link to one of its headings, like #${[...anchors][0]}`;
    }
    return undefined;
  }
  if (!sitePages.includes(path)) return `there is no page ${path} on this site`;
  if (anchor)
    return `#${anchor}: links into ${path} cannot point at a section; link to the page itself`;
  return undefined;
}
