import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { getTerms, type Term } from './load';
import { parseBody } from './mdx';

const entryLink = /^\/glossary\/([a-z0-9-]+)(?:#.*)?$/;

/** Slugs of the entries a body links to, each once, in order of first mention. */
export function linkedSlugs(tree: Root): string[] {
  const slugs = new Set<string>();
  visit(tree, 'link', (node) => {
    const match = node.url.match(entryLink);
    if (match) slugs.add(match[1]);
  });
  return [...slugs];
}

/** For each entry, the entries whose bodies link to it. */
export function incomingLinks(outgoing: Map<string, string[]>): Map<string, Set<string>> {
  const incoming = new Map<string, Set<string>>();
  for (const [from, targets] of outgoing) {
    for (const to of targets) {
      if (to === from) continue;
      if (!incoming.has(to)) incoming.set(to, new Set());
      incoming.get(to)!.add(from);
    }
  }
  return incoming;
}

let backlinkCache: Map<string, Set<string>> | undefined;

/** Entries that mention this one in their body, computed once per build from every body. */
export function getBacklinks(slug: string): Term[] {
  const terms = getTerms();
  if (!backlinkCache || process.env.NODE_ENV === 'development') {
    backlinkCache = incomingLinks(new Map(terms.map((t) => [t.slug, linkedSlugs(parseBody(t.body, t.bodyLine))])));
  }
  const from = backlinkCache.get(slug) ?? new Set();
  return terms.filter((t) => from.has(t.slug));
}

/** The other entries a body links to, in order of first mention. */
export function getLinkedTerms(term: Term): Term[] {
  const bySlug = new Map(getTerms().map((t) => [t.slug, t]));
  return linkedSlugs(parseBody(term.body, term.bodyLine))
    .filter((slug) => slug !== term.slug)
    .map((slug) => bySlug.get(slug))
    .filter((t) => t !== undefined);
}
