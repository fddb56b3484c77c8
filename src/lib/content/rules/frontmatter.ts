import type { Doc } from '../collections';
import type { Problem } from '../errors';
import type { Loaded } from '../source';
import type { Rule } from './names';
import { publisherOf } from '../publishers';
import { primaryKinds, type Publisher } from '../schema/publisher';

/**
 * Rules on one page's frontmatter that the schema alone cannot express:
 * dates against today, template text left in, and sources.
 */
export function checkFrontmatter(
  { doc, at }: Loaded & { doc: Doc },
  { today, publishers }: { today: string; publishers: Publisher[] },
): Problem[] {
  const problems: Problem[] = [];
  const report = (
    path: (string | number)[],
    rule: Rule,
    message: string,
    severity: Problem['severity'] = 'error',
  ) => problems.push({ file: doc.file, ...at(path), rule, message, severity });

  for (const key of ['published', 'updated'] as const) {
    if (doc[key] > today)
      report(
        [key],
        'schema',
        `${key}: ${doc[key]} is in the future; use the day you made the change`,
      );
  }
  if (doc.reviewBy && doc.reviewBy < today) {
    report(
      ['reviewBy'],
      'review-due',
      `reviewBy: the review date ${doc.reviewBy} has passed; re-check the facts and sources, then move the date on`,
      'warning',
    );
  }
  for (const [value, path] of textFields(doc)) {
    if (/\bTODO\b/.test(value))
      report(
        path,
        'template',
        `${path.join('.')}: template text left in: replace the TODO with real content`,
      );
  }
  doc.changes.forEach((change, i) => {
    if (change.date > today)
      report(
        ['changes', i, 'date'],
        'schema',
        `changes.${i}.date: ${change.date} is in the future; use the day the change was made`,
      );
    else if (change.date < doc.published)
      report(
        ['changes', i, 'date'],
        'schema',
        `changes.${i}.date: ${change.date} is before the page was published (${doc.published})`,
      );
    else if (change.date > doc.updated)
      report(
        ['changes', i, 'date'],
        'schema',
        `changes.${i}.date: ${change.date} is after updated (${doc.updated}); a change to the facts moves updated on too`,
      );
    if (change.source && !change.source.url.startsWith('https://'))
      report(
        ['changes', i, 'source', 'url'],
        'schema',
        'changes: a source address must start with https://',
      );
  });
  doc.sources.forEach((source, i) => {
    if (!source.url.startsWith('https://'))
      report(
        ['sources', i, 'url'],
        'schema',
        'sources: every source address must start with https://',
      );
  });
  const isPrimary = (url: string) => {
    const kind = publisherOf(url, publishers)?.kind;
    return kind !== undefined && primaryKinds.includes(kind);
  };
  if (publishers.length && !doc.sources.some((source) => isPrimary(source.url))) {
    report(
      ['sources'],
      'schema',
      'sources: include at least one primary source (a regulator, an official program or the official text of a law, as listed in content/publishers.yaml)',
    );
  }
  if (doc.reviewed && doc.reviewed > today)
    report(
      ['reviewed'],
      'schema',
      `reviewed: ${doc.reviewed} is in the future; use the day you finished checking every claim`,
    );
  if (doc.reviewed && doc.reviewed < doc.published)
    report(
      ['reviewed'],
      'schema',
      `reviewed: ${doc.reviewed} is before the page was published (${doc.published})`,
    );
  return problems;
}

/** Every text value in the frontmatter, with its path. */
function textFields(
  value: unknown,
  path: (string | number)[] = [],
): [string, (string | number)[]][] {
  if (typeof value === 'string') return path.length ? [[value, path]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => textFields(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !(path.length === 0 && ['kind', 'slug', 'file'].includes(key)))
      .flatMap(([key, item]) => textFields(item, [...path, key]));
  }
  return [];
}
