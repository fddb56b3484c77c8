import type { Problem } from './errors';
import type { Term } from './load';
import { isPrimarySource } from './sources';

type Position = { line: number; column: number };
export interface Located {
  term: Term;
  at: (path: (string | number)[]) => Position;
}

/**
 * Rules that need more than one field or more than one entry: dates against
 * today, sources, `related` slugs and names that must be unique.
 */
export function checkCollection(entries: Located[], { today }: { today: string }): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Set(entries.map(({ term }) => term.slug));
  const drafts = new Set(entries.filter(({ term }) => term.status === 'draft').map(({ term }) => term.slug));
  const report = (entry: Located, path: (string | number)[], rule: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: entry.term.file, ...entry.at(path), rule, message, severity });

  for (const entry of entries) {
    const { term } = entry;
    for (const key of ['published', 'updated'] as const) {
      if (term[key] > today) report(entry, [key], 'schema', `${key}: ${term[key]} is in the future; use the day you made the change`);
    }
    if (term.reviewBy && term.reviewBy < today) {
      report(entry, ['reviewBy'], 'review-due', `reviewBy: the review date ${term.reviewBy} has passed; re-check the facts and sources, then move the date on`, 'warning');
    }
    for (const [value, path] of textFields(term)) {
      if (/\bTODO\b/.test(value)) report(entry, path, 'template', `${path.join('.')}: template text left in: replace the TODO with real content`);
    }
    term.sources.forEach((source, i) => {
      if (!source.url.startsWith('https://')) report(entry, ['sources', i, 'url'], 'schema', 'sources: every source address must start with https://');
    });
    if (!term.sources.some((source) => isPrimarySource(source.url))) {
      report(entry, ['sources'], 'schema', 'sources: include at least one primary source (a .gov site such as Medicare.gov, a state insurance department or the SEC, or NAIC or FINRA)');
    }
    term.related.forEach((slug, i) => {
      if (slug === term.slug) report(entry, ['related', i], 'links', `related: an entry cannot be related to itself`);
      else if (!slugs.has(slug)) report(entry, ['related', i], 'links', `related: there is no entry "${slug}" (expected a file content/glossary/${slug}.mdx)`);
      else if (drafts.has(slug) && term.status !== 'draft') report(entry, ['related', i], 'links', `related: "${slug}" is a draft, so it is not on the live site yet`);
    });
  }
  problems.push(...checkUnique(entries));
  return problems;
}

function textFields(term: Term): [string, (string | number)[]][] {
  return [
    [term.title, ['title']],
    [term.description, ['description']],
    ...term.sources.flatMap((s, i): [string, (string | number)[]][] => [
      [s.title, ['sources', i, 'title']],
      [s.publisher ?? '', ['sources', i, 'publisher']],
    ]),
  ];
}

/** Titles, abbreviations and aliases are how readers search: two entries may not share one. */
function checkUnique(entries: Located[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const { term } = entry;
    const names: [string, (string | number)[]][] = [[term.title, ['title']]];
    if (term.abbreviation) names.push([term.abbreviation, ['abbreviation']]);
    term.aliases?.forEach((alias, i) => names.push([alias, ['aliases', i]]));
    for (const [name, path] of names) {
      const key = name.toLowerCase();
      const owner = seen.get(key);
      if (owner && owner !== term.file) {
        problems.push({ file: term.file, ...entry.at(path), rule: 'unique', message: `"${name}" is already used by ${owner}; titles, abbreviations and aliases must be unique`, severity: 'error' });
      } else seen.set(key, term.file);
    }
  }
  return problems;
}
