import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { docPath, parseDocPath } from './collections';

/**
 * The link graph between content pages, by path (/glossary/annuity): which
 * pages a body links to, and the reverse. Pure functions over parsed bodies;
 * the store keeps the graph a build computed.
 */
export type LinkGraph = Record<string, string[]>;

/** Paths of the content pages a body links to, each once, in order of first mention. */
export function linkedPaths(tree: Root): string[] {
  const paths = new Set<string>();
  visit(tree, 'link', (node) => {
    const target = parseDocPath(node.url);
    if (target) paths.add(docPath(target.kind, target.slug));
  });
  return [...paths];
}

/** For each page, the pages that link to it (a page's links to itself do not count). */
export function incomingLinks(outgoing: LinkGraph): Map<string, Set<string>> {
  const incoming = new Map<string, Set<string>>();
  for (const [from, targets] of Object.entries(outgoing)) {
    for (const to of targets) {
      if (to === from) continue;
      if (!incoming.has(to)) incoming.set(to, new Set());
      incoming.get(to)!.add(from);
    }
  }
  return incoming;
}
