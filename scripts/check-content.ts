/**
 * `npm run check:content`: every rule over every entry, all problems at
 * once, one per line as `path:line:col  rule  message`. Exits 1 on errors;
 * warnings (like a passed review date) are printed but do not fail.
 *
 *   --grades            list every entry's reading grade
 *   --snapshot <file>   if the check passes, write what the site shows for the build to read
 */
import { checkContent } from '../src/lib/content/check';
import { formatProblem, sortProblems } from '../src/lib/content/errors';
import { publishedSnapshot, writeSnapshot } from '../src/lib/content/snapshot';

const args = process.argv.slice(2);
const showGrades = args.includes('--grades');
const snapshotFile = args.includes('--snapshot') ? args[args.indexOf('--snapshot') + 1] : undefined;
const { problems, grades, terms, links } = checkContent();
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
if (snapshotFile) writeSnapshot(snapshotFile, publishedSnapshot({ terms, links }));
