import type { Root } from 'mdast';
import type { Problem } from './errors';
import { loadTerms, type EntryBody, type LoadOptions, type Term } from './load';
import { parseBody } from './mdx';
import { maxGrade, readingGrade } from './readability';
import { anchorsOf, checkBody } from './body-rules';
import { incomingLinks, linkedSlugs } from './links';

export interface CheckReport {
  problems: Problem[];
  grades: { file: string; grade: number }[];
  terms: Term[];
  /** For each entry whose body parsed, the entries it links to, in order of first mention. */
  links: Record<string, string[]>;
}

/** Every rule over every entry, drafts included: what `npm run check:content` runs. */
export function checkContent(options: LoadOptions = {}): CheckReport {
  const { terms, problems, rejected } = loadTerms({ ...options, includeDrafts: true });
  // Bodies of entries with broken frontmatter are checked too, so every problem shows at once.
  const entries: EntryBody[] = [...terms, ...rejected];
  const grades: CheckReport['grades'] = [];
  const trees = new Map<EntryBody, Root>();
  for (const term of entries) {
    try {
      trees.set(term, parseBody(term.body, term.bodyLine));
    } catch (error) {
      problems.push(syntaxProblem(term, error));
    }
  }
  // An entry whose body does not parse still exists: links to it are fine, its anchors unknown.
  const anchorsBySlug = new Map(entries.map((t) => [t.slug, trees.has(t) ? anchorsOf(trees.get(t)!) : new Set<string>()]));
  const drafts = new Set(entries.filter((t) => t.status === 'draft').map((t) => t.slug));
  for (const [term, tree] of trees) {
    problems.push(...checkBody(term, tree, anchorsBySlug, drafts));
    const grade = readingGrade(tree);
    grades.push({ file: term.file, grade });
    if (grade > maxGrade) {
      problems.push({
        file: term.file,
        line: term.bodyLine,
        column: 1,
        rule: 'readability',
        message: `the body reads at grade ${grade}; the limit is ${maxGrade}. Use shorter sentences and everyday words`,
        severity: 'error',
      });
    }
  }
  const links = Object.fromEntries([...trees].map(([term, tree]) => [term.slug, linkedSlugs(tree)]));
  problems.push(...checkOrphans(terms, links));
  return { problems, grades, terms, links };
}

/**
 * A published entry nothing links to is hard to find. Links from bodies and
 * `related` lists of other published entries count. A glossary of one entry
 * has nothing to link from, so the rule needs two.
 */
function checkOrphans(terms: Term[], links: CheckReport['links']): Problem[] {
  const published = terms.filter((t) => t.status === 'published');
  if (published.length < 2) return [];
  const outgoing = new Map(published.map((t) => [t.slug, [...(links[t.slug] ?? []), ...t.related]]));
  const incoming = incomingLinks(outgoing);
  return published
    .filter((t) => !incoming.get(t.slug)?.size)
    .map((t) => ({
      file: t.file,
      line: 1,
      column: 1,
      rule: 'links',
      message: 'no other entry links here, so readers cannot find it by browsing; link to it from an entry where its words come up',
      severity: 'error' as const,
    }));
}

function syntaxProblem(term: EntryBody, error: unknown): Problem {
  const e = error as { line?: number; column?: number; reason?: string; message?: string };
  let reason = e.reason ?? e.message ?? 'the MDX could not be read';
  let line = e.line;
  let column = e.column;
  // An unclosed tag is reported at the end of the file, with the tag's own place in brackets: point at the tag.
  const opened = reason.match(/ \((\d+):(\d+)-\d+:\d+\)/);
  if (opened) {
    [line, column] = [Number(opened[1]), Number(opened[2])];
    reason = reason.replace(opened[0], '');
  }
  return {
    file: term.file,
    line: (line ?? 1) + term.bodyLine - 1,
    column: column ?? 1,
    rule: 'mdx-syntax',
    message: `${reason.replace(/\.$/, '')}. Check that every <Tag> is closed and that { and < are not used as plain text (write "less than" instead)`,
    severity: 'error',
  };
}
