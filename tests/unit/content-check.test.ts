import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '@/lib/content/errors';
import { checkContent } from '@/lib/content/rules';
import { ruleNames } from '@/lib/content/rules/names';

const fixtures = path.join('tests', 'fixtures');
const today = '2026-11-28';
const run = (root: string) =>
  sortProblems(checkContent({ root, today }).problems).map(formatProblem);
const badCases = fs.readdirSync(path.join(fixtures, 'bad')).sort();

/** A content folder in a scratch directory, from file name → text. */
function scratch(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}
const good = fs.readFileSync(
  path.join(fixtures, 'good', 'glossary', 'free-look-period.mdx'),
  'utf8',
);

describe('content check', () => {
  it('passes a good entry', () => {
    expect(run(path.join(fixtures, 'good'))).toEqual([]);
  });

  it.each(badCases)(
    'pins the path:line:col, rule and message for tests/fixtures/bad/%s',
    (name) => {
      const output = run(path.join(fixtures, 'bad', name));
      expect(output.length).toBeGreaterThan(0);
      expect(output.join('\n')).toMatchSnapshot();
    },
  );

  it('reports every problem in every file at once', () => {
    const all = badCases.flatMap((name) => run(path.join(fixtures, 'bad', name)));
    expect(new Set(all.map((line) => line.split('/')[3])).size).toBe(badCases.length);
  });

  it('points at a hand-typed amount that follows a citation marker in the same sentence', () => {
    const cited = 'depends on your state.[^naic-life-guide]';
    const root = scratch({
      'glossary/free-look-period.mdx': good.replace(
        cited,
        `${cited} The premium is $202.90 a month in 2026.`,
      ),
      'figures/medicare.yaml': fs.readFileSync(
        path.join(fixtures, 'bad', 'figure-hand-typed', 'figures', 'medicare.yaml'),
        'utf8',
      ),
    });
    const lines = fs
      .readFileSync(path.join(root, 'glossary/free-look-period.mdx'), 'utf8')
      .split('\n');
    const at = lines.findIndex((l) => l.includes('$202.90'));
    const problems = checkContent({ root, today }).problems.filter((p) => p.rule === 'figures');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [at + 1, lines[at].indexOf('$202.90') + 1],
    ]);
  });

  it('refuses a help page list that names a page which is not there', () => {
    const root = scratch({
      'glossary/free-look-period.mdx': good,
      'help/problems.yaml': [
        '- id: claim-denied',
        '  heading: My claim was denied',
        '  routes: [medicare]',
        '  read: [/glossary/free-look-period, /glossary/contestability-period]',
      ].join('\n'),
    });
    expect(run(root)).toEqual([
      expect.stringMatching(
        /help\/problems\.yaml:4:38 {2}help {2}\/glossary\/contestability-period is not a page/,
      ),
    ]);
  });

  it('treats a passed review date as a warning, not an error', () => {
    const { problems } = checkContent({ root: path.join(fixtures, 'bad', 'review-due'), today });
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([['review-due', 'warning']]);
  });

  it('accepts a file saved with a byte-order mark (as Windows Notepad saves UTF-8)', () => {
    const root = scratch({ 'glossary/free-look-period.mdx': `\uFEFF${good}` });
    expect(run(root)).toEqual([]);
  });

  it('reports a broken entry once: entries that link to it or list it as related are not blamed', () => {
    const broken = good.replace('title: Free Look Period', 'title: [Free Look Period');
    const other = good
      .replace('title: Free Look Period', 'title: Cooling-Off Period')
      .replace(/^aliases:.*\n(  - .*\n)*/m, '')
      .replace('related: []', 'related: [free-look-period]')
      .replace(
        '## What is a free look period?',
        '## What is a cooling-off period?\n\nIt is like a [free look period](/glossary/free-look-period).',
      );
    const root = scratch({
      'glossary/free-look-period.mdx': broken,
      'glossary/cooling-off-period.mdx': other,
    });
    const output = run(root);
    expect(output.length).toBeGreaterThan(0);
    expect(output.every((line) => line.includes('free-look-period.mdx:'))).toBe(true);
  });
});

describe('the rule names', () => {
  it('are the rules CONTRIBUTING.md explains, no more and no fewer', () => {
    const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');
    const table = guide.slice(guide.indexOf('## What the check messages mean'));
    const documented = [...table.matchAll(/^\| `([a-z-]+)(?: \(warning\))?` \|/gm)].map(
      (m) => m[1],
    );
    expect(documented.sort()).toEqual([...ruleNames].sort());
  });

  it('are the only rules a problem can name', () => {
    const seen = badCases.flatMap((name) =>
      checkContent({ root: path.join(fixtures, 'bad', name), today }).problems.map((p) => p.rule),
    );
    for (const rule of seen) expect(ruleNames).toContain(rule);
  });
});

describe('the real content', () => {
  const report = checkContent();
  const entries = report.docs.filter((d) => d.kind === 'entry' && d.status === 'published');

  it('every page passes every check', () => {
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('has at least 46 published entries, at least 5 in each topic', () => {
    expect(entries.length).toBeGreaterThanOrEqual(46);
    const perTopic = new Map<string, number>();
    for (const e of entries)
      if (e.kind === 'entry') perTopic.set(e.category, (perTopic.get(e.category) ?? 0) + 1);
    expect(perTopic.size).toBe(5);
    for (const count of perTopic.values()) expect(count).toBeGreaterThanOrEqual(5);
  });

  it('every entry links to at least two other entries in its body', () => {
    const few = entries
      .map((e) => ({
        file: e.file,
        links: (report.links[`/glossary/${e.slug}`] ?? []).filter(
          (p) => p.startsWith('/glossary/') && p !== `/glossary/${e.slug}`,
        ),
      }))
      .filter((e) => e.links.length < 2);
    expect(few).toEqual([]);
  });

  it('every page reads at grade 10 or below, and the median at 9 or below', () => {
    expect(report.grades.filter((g) => g.grade > 10)).toEqual([]);
    const values = report.grades.map((g) => g.grade).sort((a, b) => a - b);
    expect(values[Math.floor((values.length - 1) / 2)]).toBeLessThanOrEqual(9);
  });
});
