/**
 * `npm run check:content`: every rule over every entry, all problems at
 * once, one per line as `path:line:col  rule  message`. Exits 1 on errors;
 * warnings (like a passed review date) are printed but do not fail.
 */
import { checkContent } from '../src/lib/content/check';
import { formatProblem, sortProblems } from '../src/lib/content/errors';

const showGrades = process.argv.includes('--grades');
const { problems, grades, terms } = checkContent();
const sorted = sortProblems(problems);
for (const problem of sorted) console.log(formatProblem(problem));

if (showGrades) {
  for (const { file, grade } of [...grades].sort((a, b) => b.grade - a.grade)) console.log(`${grade.toFixed(1).padStart(5)}  ${file}`);
}
const values = grades.map((g) => g.grade).sort((a, b) => a - b);
const median = values.length ? values[Math.floor((values.length - 1) / 2)] : 0;
const errors = sorted.filter((p) => p.severity === 'error').length;
const warnings = sorted.length - errors;
console.log(
  `\n${terms.length} entries checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. ` +
    `Reading grade: median ${median.toFixed(1)}, highest ${(values.at(-1) ?? 0).toFixed(1)}.`,
);
if (errors) {
  console.log('Each line gives the file, line and column to fix. CONTRIBUTING.md explains every rule.');
  process.exit(1);
}
