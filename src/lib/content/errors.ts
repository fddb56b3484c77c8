import type { Rule } from './rules/names';

/**
 * One problem found in a content file, pointing at the line and column an
 * editor should look at. Every check reports these, so editors see one
 * format everywhere: `path:line:col  rule  message`.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: Rule;
  message: string;
  severity: Severity;
}

export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? `${p.rule} (warning)` : p.rule;
  return `${p.file}:${p.line}:${p.column}  ${tag}  ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

/** Thrown when content has errors: the build stops and prints every one. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in content:\n` +
        sortProblems(errors).map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
  }
}
