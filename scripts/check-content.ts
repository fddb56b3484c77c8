/**
 * `npm run check:content`: every rule over every page of every kind, all
 * problems at once, one per line as `path:line:col  rule  message`. Exits 1
 * on errors; warnings (like a passed review date) are printed but do not fail.
 *
 *   --grades            list every page's reading grade
 *   --snapshot <file>   if the check passes, write what the site shows for the build to read
 */
import { collections, kinds } from '../src/lib/content/collections';
import { formatProblem, sortProblems } from '../src/lib/content/errors';
import { checkContent } from '../src/lib/content/rules';
import { shown, writeSnapshot } from '../src/lib/content/store';

const args = process.argv.slice(2);
const showGrades = args.includes('--grades');
const snapshotFile = args.includes('--snapshot') ? args[args.indexOf('--snapshot') + 1] : undefined;
const report = checkContent();
const sorted = sortProblems(report.problems);
for (const problem of sorted) console.log(formatProblem(problem));

if (showGrades) {
  for (const { file, grade } of [...report.grades].sort((a, b) => b.grade - a.grade)) {
    console.log(`${grade.toFixed(1).padStart(5)}  ${file}`);
  }
}
const values = report.grades.map((g) => g.grade).sort((a, b) => a - b);
const median = values.length ? values[Math.floor((values.length - 1) / 2)] : 0;
const errors = sorted.filter((p) => p.severity === 'error').length;
const warnings = sorted.length - errors;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const counted = kinds
  .map((kind) => [kind, report.docs.filter((d) => d.kind === kind).length] as const)
  .filter(([kind, n]) => n > 0 || kind === 'entry')
  .map(([kind, n]) => `${n} ${n === 1 ? collections[kind].noun : collections[kind].plural}`)
  .join(', ');
console.log(
  `\n${counted} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. ` +
    `Reading grade: median ${median.toFixed(1)}, highest ${(values.at(-1) ?? 0).toFixed(1)}.`,
);
if (errors) {
  console.log(
    'Each line gives the file, line and column to fix. CONTRIBUTING.md explains every rule.',
  );
  process.exit(1);
}
if (snapshotFile) writeSnapshot(snapshotFile, shown(report));
