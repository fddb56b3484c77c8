import type { Root } from 'mdast';
import type { Problem } from './errors';
import { loadTerms, type LoadOptions, type Term } from './load';
import { parseBody } from './mdx';
import { maxGrade, readingGrade } from './readability';
import { anchorsOf, checkBody } from './body-rules';

export interface CheckReport {
  problems: Problem[];
  grades: { file: string; grade: number }[];
  terms: Term[];
}

/** Every rule over every entry, drafts included: what `npm run check:content` runs. */
export function checkContent(options: LoadOptions = {}): CheckReport {
  const { terms, problems } = loadTerms({ ...options, includeDrafts: true });
  const grades: CheckReport['grades'] = [];
  const trees = new Map<Term, Root>();
  for (const term of terms) {
    try {
      trees.set(term, parseBody(term.body, term.bodyLine));
    } catch (error) {
      problems.push(syntaxProblem(term, error));
    }
  }
  // An entry whose body does not parse still exists: links to it are fine, its anchors unknown.
  const anchorsBySlug = new Map(terms.map((t) => [t.slug, trees.has(t) ? anchorsOf(trees.get(t)!) : new Set<string>()]));
  const drafts = new Set(terms.filter((t) => t.status === 'draft').map((t) => t.slug));
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
  return { problems, grades, terms };
}

function syntaxProblem(term: Term, error: unknown): Problem {
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
