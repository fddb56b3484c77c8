import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblem, sortProblems } from '@/lib/content/errors';
import { linkedSlugs } from '@/lib/content/links';
import { parseBody } from '@/lib/content/mdx';

const fixtures = path.join('tests', 'fixtures');
const today = '2026-11-28';
const run = (dir: string) => sortProblems(checkContent({ dir, today }).problems).map(formatProblem);
const badCases = fs.readdirSync(path.join(fixtures, 'bad')).sort();

describe('content check', () => {
  it('passes a good entry', () => {
    expect(run(path.join(fixtures, 'good'))).toEqual([]);
  });

  it.each(badCases)('pins the path:line:col, rule and message for tests/fixtures/bad/%s', (name) => {
    const output = run(path.join(fixtures, 'bad', name));
    expect(output.length).toBeGreaterThan(0);
    expect(output.join('\n')).toMatchSnapshot();
  });

  it('reports every problem in every file at once', () => {
    const all = badCases.flatMap((name) => run(path.join(fixtures, 'bad', name)));
    expect(new Set(all.map((line) => line.split(':')[0].split('/')[3])).size).toBe(badCases.length);
  });

  it('treats a passed review date as a warning, not an error', () => {
    const { problems } = checkContent({ dir: path.join(fixtures, 'bad', 'review-due'), today });
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([['review-due', 'warning']]);
  });
});

describe('the real glossary', () => {
  const report = checkContent();

  it('every entry passes every check', () => {
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('has at least 46 published entries, at least 5 in each topic', () => {
    const published = report.terms.filter((t) => t.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(46);
    const perTopic = new Map<string, number>();
    for (const t of published) perTopic.set(t.category, (perTopic.get(t.category) ?? 0) + 1);
    expect(perTopic.size).toBe(5);
    for (const count of perTopic.values()) expect(count).toBeGreaterThanOrEqual(5);
  });

  it('every entry links to at least two other entries in its body', () => {
    const few = report.terms
      .map((t) => ({ file: t.file, links: linkedSlugs(parseBody(t.body, t.bodyLine)).filter((s) => s !== t.slug) }))
      .filter((t) => t.links.length < 2);
    expect(few).toEqual([]);
  });

  it('every entry reads at grade 10 or below', () => {
    const hard = report.grades.filter((g) => g.grade > 10);
    expect(hard).toEqual([]);
  });
});
