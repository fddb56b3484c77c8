// @vitest-environment jsdom
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/site/BodyComponents';
import { formatProblem } from '@/lib/content/errors';
import { formatFigure, oldestCheck } from '@/lib/content/figures';
import { checkContent } from '@/lib/content/rules';
import { staleGraceDays } from '@/lib/content/rules/figures';
import { compileContent } from '../helpers/mdx';

afterEach(cleanup);

const root = path.join('tests', 'fixtures', 'figures');
const run = (today: string, at = root) =>
  checkContent({ root: at, today }).problems.map(formatProblem);

describe('a figure as readers see it', () => {
  it('reads with its unit and the year it applies to', () => {
    expect(formatFigure({ value: 202.9, unit: 'dollars-a-month', year: 2026 })).toBe(
      '$202.90 a month in 2026',
    );
    expect(formatFigure({ value: 1736, unit: 'dollars', year: 2026 })).toBe('$1,736 in 2026');
    expect(formatFigure({ value: 434, unit: 'dollars-a-day', year: 2026 })).toBe(
      '$434 a day in 2026',
    );
    expect(formatFigure({ value: 10, unit: 'percent' })).toBe('10%');
    expect(formatFigure({ value: 63, unit: 'days' })).toBe('63 days');
    expect(formatFigure({ value: 1, unit: 'years' })).toBe('1 year');
    expect(formatFigure({ value: 73, unit: 'age' })).toBe('age 73');
  });

  it('is a link to its row on the figures page, in the page the route renders', async () => {
    const { figures } = checkContent({ root, today: '2026-12-01' });
    const Body = await compileContent(
      fs.readFileSync(path.join(root, 'glossary', 'free-look-period.mdx'), 'utf8'),
    );
    render(<Body components={bodyComponents({ linked: [], figures })} />);
    const premium = screen.getByRole('link', { name: /\$202\.90 a month in 2026/ });
    expect(premium.getAttribute('href')).toBe('/figures#medicare-part-b-standard-premium-2026');
    // Shown without its year where the sentence already says it.
    expect(screen.getByRole('link', { name: /^\$283\b(?! in)/ }).getAttribute('href')).toBe(
      '/figures#medicare-part-b-deductible-2026',
    );
    expect(oldestCheck(figures)).toBe('2026-11-20');
  });
});

describe('freshness', () => {
  it('is quiet while the year lasts, warns when the next year begins, and fails after the grace period', () => {
    expect(run('2026-12-31')).toEqual([]);
    const warned = run('2027-01-10');
    expect(warned).toHaveLength(2);
    expect(warned[0]).toMatch(
      /medicare\.yaml:\d+:\d+ {2}stale-figure \(warning\) {2}medicare-part-b-standard-premium-2026 is the 2026 value and 2027 has begun/,
    );
    expect(warned[0]).toContain('used by /glossary/free-look-period');
    const failed = checkContent({
      root,
      today: `2027-02-${String(staleGraceDays - 31 + 15).padStart(2, '0')}`,
    }).problems;
    expect(failed.map((p) => [p.rule, p.severity])).toEqual([
      ['stale-figure', 'error'],
      ['stale-figure', 'error'],
    ]);
  });
});

describe('a page’s history', () => {
  function withChanges(changes: string, updated = '2026-05-18') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-'));
    fs.cpSync(path.join('tests', 'fixtures', 'good'), dir, { recursive: true });
    const file = path.join(dir, 'glossary', 'free-look-period.mdx');
    const text = fs
      .readFileSync(file, 'utf8')
      .replace('updated: 2026-05-18', `updated: ${updated}\nchanges:\n${changes}`);
    fs.writeFileSync(file, text);
    return run('2026-06-01', dir).map((line) =>
      line.replace(/^.*free-look-period\.mdx/, 'free-look-period.mdx'),
    );
  }

  it('accepts changes dated from publication to the last update', () => {
    expect(
      withChanges('  - date: 2026-05-18\n    summary: Said that most policies give 30 or 31 days.'),
    ).toEqual([]);
  });

  it('refuses a change in the future, before publication, or after the last update', () => {
    expect(
      withChanges(
        '  - date: 2026-05-10\n    summary: Too early.\n  - date: 2026-05-30\n    summary: After updated.',
        '2026-05-20',
      ),
    ).toEqual([
      'free-look-period.mdx:9:11  schema  changes.0.date: 2026-05-10 is before the page was published (2026-05-17)',
      'free-look-period.mdx:11:11  schema  changes.1.date: 2026-05-30 is after updated (2026-05-20); a change to the facts moves updated on too',
    ]);
    expect(
      withChanges('  - date: 2026-07-01\n    summary: From the future.', '2026-05-20')[0],
    ).toContain('2026-07-01 is in the future');
  });
});
