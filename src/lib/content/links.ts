import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { byTitle, getTerm, getTerms, type Term } from './load';
import { parseBody } from './mdx';
import { linkedEntrySlug } from './routes';
import { buildSnapshot } from './snapshot';

/** Slugs of the entries a body links to, each once, in order of first mention. */
export function linkedSlugs(tree: Root): string[] {
  const slugs = new Set<string>();
  visit(tree, 'link', (node) => {
    const slug = linkedEntrySlug(node.url);
    if (slug) slugs.add(slug);
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

let graph: { outgoing: Map<string, string[]>; incoming: Map<string, Set<string>> } | undefined;

/** Which entries each body links to, and the reverse: parsed once per build (every time under `next dev`). */
function linkGraph() {
  if (!graph || process.env.NODE_ENV === 'development') {
    const snapshot = buildSnapshot();
    const outgoing = snapshot
      ? new Map(Object.entries(snapshot.links))
      : new Map(getTerms().map((t) => [t.slug, linkedSlugs(parseBody(t.body, t.bodyLine))]));
    graph = { outgoing, incoming: incomingLinks(outgoing) };
  }
  return graph;
}

/** Entries that mention this one in their body. */
export function getBacklinks(slug: string): Term[] {
  const from = [...(linkGraph().incoming.get(slug) ?? [])];
  return from
    .map((s) => getTerm(s))
    .filter((t) => t !== undefined)
    .sort(byTitle);
}

/** The other entries a body links to, in order of first mention. */
export function getLinkedTerms(term: Term): Term[] {
  return (linkGraph().outgoing.get(term.slug) ?? [])
    .filter((slug) => slug !== term.slug)
    .map((slug) => getTerm(slug))
    .filter((t) => t !== undefined);
}
