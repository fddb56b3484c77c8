// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Example } from '@/components/mdx/Example';
import { formatProblem } from '@/lib/content/errors';
import { checkContent } from '@/lib/content/rules';
import { compileContent } from '../helpers/mdx';

afterEach(cleanup);

const root = path.join('tests', 'fixtures', 'explainers');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('guides and comparisons', () => {
  it('pass the same check as entries, with their own schema and outline', () => {
    const report = checkContent({ root, today: '2026-06-01' });
    // They pass: no errors (they are not fact-checked fixtures, so the citation rules only warn).
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(report.docs.map((d) => d.kind).sort()).toEqual([
      'comparison',
      'entry',
      'entry',
      'guide',
    ]);
  });

  it('a comparison table has a caption, column headers and a row header per row', async () => {
    const Body = await compileContent(read('compare/free-look-vs-cooling-off.mdx'));
    render(<Body />);
    const region = screen.getByRole('region', { name: 'The two windows side by side' });
    expect(region.tabIndex).toBe(0);
    const table = within(region).getByRole('table', { name: 'The two windows side by side' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => [c.textContent, c.getAttribute('scope')]),
    ).toEqual([
      ['Feature', 'col'],
      ['Free look', 'col'],
      ['Cooling-off', 'col'],
    ]);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((r) => [r.textContent, r.getAttribute('scope')])).toEqual([
      ['What you get back', 'row'],
    ]);
  });

  it('a money flow is an image with a name and a description, and the same facts in words', async () => {
    const Body = await compileContent(read('guides/checking-a-new-policy.mdx'));
    render(<Body />);
    const diagram = screen.getByRole('img', { name: 'Who pays whom' });
    expect(diagram.tagName.toLowerCase()).toBe('svg');
    expect(diagram.querySelector('desc')?.textContent).toBe(
      'From You to Insurance company: the premium. From Insurance company to Agent: a commission.',
    );
    // Every participant is a box with its name; every payment an arrow with its label.
    const texts = [...diagram.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['You', 'Insurance company', 'Agent', 'the premium', 'a commission']),
    );
    expect(diagram.querySelectorAll('polyline')).toHaveLength(2);
    const figure = screen.getByRole('figure', { name: 'Who pays whom' });
    expect(
      within(figure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'From You to Insurance company: the premium',
      'From Insurance company to Agent: a commission',
    ]);
  });

  it('a timeline is an ordered list named by its caption; an example says the year of its figures', async () => {
    const Body = await compileContent(read('guides/checking-a-new-policy.mdx'));
    render(<Body />);
    const steps = screen.getByRole('list', { name: 'The days after the policy arrives' });
    expect(steps.tagName.toLowerCase()).toBe('ol');
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The day it arrivesRead the policy.',
      'Before the window endsDecide whether to keep it.',
    ]);
    const example = screen.getByRole('region', {
      name: 'Worked example: Cancelling in the window',
    });
    expect(example.textContent).toContain('Figures for 2026');
    expect(screen.getByRole('region', { name: 'Red flags' })).toBeTruthy();
  });

  it('says an example with made-up numbers is made up, instead of giving them a year', () => {
    render(
      <Example title="A cap in a good year" year="made-up">
        <p>The index rises 15% and the cap is 9%.</p>
      </Example>,
    );
    const example = screen.getByRole('region', { name: 'Worked example: A cap in a good year' });
    expect(example.textContent).toContain('Made-up numbers, not from any real policy');
    expect(example.textContent).not.toContain('Figures for');
  });
});
