// @vitest-environment jsdom
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/site/BodyComponents';
import { NextYearNotice } from '@/components/site/NextYearNotice';
import { formatProblem } from '@/lib/content/errors';
import { formatFigure, oldestCheck } from '@/lib/content/figures';
import { checkContent } from '@/lib/content/rules';
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
    const { figures, citations } = checkContent({ root, today: '2026-12-01' });
    const Body = await compileContent(
      fs.readFileSync(path.join(root, 'glossary', 'free-look-period.mdx'), 'utf8'),
    );
    render(
      <Body
        components={bodyComponents({
          linked: [],
          figures,
          citations: citations['/glossary/free-look-period'],
        })}
      />,
    );
    const premium = screen.getByRole('link', { name: /\$202\.90 a month in 2026/ });
    expect(premium.getAttribute('href')).toBe('/figures#medicare-part-b-standard-premium');
    // Shown without its year where the sentence already says it.
    expect(screen.getByRole('link', { name: /^\$283\b(?! in)/ }).getAttribute('href')).toBe(
      '/figures#medicare-part-b-deductible',
    );
    expect(oldestCheck(figures.map((f) => f.values[0]))).toBe('2026-11-20');
    // Each figure cites its table source, numbered with the page's own sources.
    const cite = screen.getAllByRole('link', {
      name: /^Source \d+: CMS, 2026 Medicare Parts A & B/,
    });
    expect(cite.length).toBeGreaterThan(0);
    expect(cite[0].getAttribute('href')).toMatch(/^#source-\d+$/);
  });
});

describe('freshness', () => {
  it('is quiet while the year lasts, then warns, and time passing never fails the build', () => {
    expect(run('2026-12-31')).toEqual([]);
    const warned = run('2027-01-10');
    expect(warned).toHaveLength(2);
    expect(warned[0]).toMatch(
      /medicare\.yaml:\d+:\d+ {2}stale-figure \(warning\) {2}medicare-part-b-standard-premium: the newest value is for 2026 and 2027 has begun/,
    );
    expect(warned[0]).toContain('used by /glossary/free-look-period');
    const years = checkContent({ root, today: '2028-06-30' }).problems;
    expect(years.map((p) => [p.rule, p.severity])).toEqual([
      ['stale-figure', 'warning'],
      ['stale-figure', 'warning'],
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

describe('the next-year notice', () => {
  const { figures } = checkContent({ root, today: '2026-12-01' });
  const notice = (today: string) => {
    cleanup();
    render(<NextYearNotice figures={figures} today={today} />);
    return screen.queryByRole('note');
  };

  it('stays away until next year’s amounts usually come out', () => {
    expect(notice('2026-10-31')).toBeNull();
  });

  it('then says which year the page shows, dated, with the official page', () => {
    const note = notice('2026-11-15');
    expect(note?.textContent).toContain(
      'CMS usually announces the 2027 amounts in the fall. Until we add them, amounts on this page from CMS are for 2026.',
    );
    expect(note?.textContent).toContain('As of November 15, 2026');
    expect(within(note!).getByRole('link').getAttribute('href')).toBe(
      'https://www.cms.gov/newsroom',
    );
  });

  it('goes once the new year’s value is in the table', () => {
    const withNext = figures.map((f) => ({
      ...f,
      values: [{ ...f.values[0], year: 2027 }, ...f.values],
    }));
    cleanup();
    render(<NextYearNotice figures={withNext} today="2026-11-15" />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
