import { docPath, type Doc } from '../collections';
import type { Problem } from '../errors';
import type { LinkGraph } from '../links';
import { incomingLinks } from '../links';
import type { Loaded } from '../source';

type Valid = Loaded & { doc: Doc };

/**
 * Rules across pages: `related` slugs that exist, names that are unique,
 * and entries that something links to. A file whose frontmatter is broken
 * still exists: links and `related` lists pointing at it are fine, so one
 * broken file reports only its own problems.
 */
export function checkRelated(pages: Valid[], all: Loaded[]): Problem[] {
  const entryFiles = new Set(
    all.filter((l) => l.source.kind === 'entry').map((l) => l.source.slug),
  );
  const drafts = new Set(
    pages.filter((p) => p.doc.kind === 'entry' && p.doc.status === 'draft').map((p) => p.doc.slug),
  );
  const problems: Problem[] = [];
  for (const { doc, at } of pages) {
    if (doc.kind !== 'entry') continue;
    doc.related.forEach((slug, i) => {
      const report = (message: string) =>
        problems.push({
          file: doc.file,
          ...at(['related', i]),
          rule: 'links',
          message,
          severity: 'error',
        });
      if (slug === doc.slug) report('related: an entry cannot be related to itself');
      else if (!entryFiles.has(slug))
        report(
          `related: there is no entry "${slug}" (expected a file content/glossary/${slug}.mdx)`,
        );
      else if (drafts.has(slug) && doc.status !== 'draft')
        report(`related: "${slug}" is a draft, so it is not on the live site yet`);
    });
  }
  return problems;
}

/** Titles, abbreviations and aliases are how readers search: two pages may not share one. */
export function checkUnique(pages: Valid[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { doc, at } of pages) {
    const names: [string, (string | number)[]][] = [[doc.title, ['title']]];
    if ('abbreviation' in doc && doc.abbreviation) names.push([doc.abbreviation, ['abbreviation']]);
    if ('aliases' in doc) doc.aliases?.forEach((alias, i) => names.push([alias, ['aliases', i]]));
    for (const [name, path] of names) {
      const key = name.toLowerCase();
      const owner = seen.get(key);
      if (owner && owner !== doc.file) {
        problems.push({
          file: doc.file,
          ...at(path),
          rule: 'unique',
          message: `"${name}" is already used by ${owner}; titles, abbreviations and aliases must be unique`,
          severity: 'error',
        });
      } else seen.set(key, doc.file);
    }
  }
  return problems;
}

/**
 * A published entry nothing links to is hard to find. Links from the bodies
 * of other published pages and from `related` lists count. A glossary of one
 * entry has nothing to link from, so the rule needs two.
 */
export function checkOrphans(pages: Valid[], links: LinkGraph): Problem[] {
  const published = pages.filter((p) => p.doc.status === 'published');
  const entries = published.filter((p) => p.doc.kind === 'entry');
  if (entries.length < 2) return [];
  const outgoing: LinkGraph = Object.fromEntries(
    published.map(({ doc }) => {
      const path = docPath(doc.kind, doc.slug);
      const related = doc.kind === 'entry' ? doc.related.map((s) => docPath('entry', s)) : [];
      return [path, [...(links[path] ?? []), ...related]];
    }),
  );
  const incoming = incomingLinks(outgoing);
  return entries
    .filter(({ doc }) => !incoming.get(docPath('entry', doc.slug))?.size)
    .map(({ doc }) => ({
      file: doc.file,
      line: 1,
      column: 1,
      rule: 'links' as const,
      message:
        'no other entry links here, so readers cannot find it by browsing; link to it from an entry where its words come up',
      severity: 'error' as const,
    }));
}
