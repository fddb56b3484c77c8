// @vitest-environment jsdom
import fs from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BottomLine } from '@/components/mdx/BottomLine';
import { KeyTakeaways } from '@/components/mdx/KeyTakeaways';
import { ParticipantRoles } from '@/components/mdx/ParticipantRoles';
import { QuestionsToAsk } from '@/components/mdx/QuestionsToAsk';
import { Role } from '@/components/mdx/Role';
import { codeProblems, tagNames as guardedTags } from '@/lib/content/mdx/guard.mjs';
import { tagNames } from '@/lib/content/writer-tags';
import { useMDXComponents } from '@/mdx-components';

afterEach(cleanup);

describe('writer components', () => {
  it('CONTRIBUTING.md’s table of tags names every writer tag, and no other', () => {
    const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');
    const table = guide.slice(guide.indexOf('## Which tag to use'), guide.indexOf('```mdx'));
    const uses = table
      .split('\n')
      .filter((line) => line.startsWith('| '))
      .map((line) => line.split(' | ')[1] ?? '');
    const named = new Set(
      uses.flatMap((use) => [...use.matchAll(/<([A-Z][A-Za-z]+)/g)].map((m) => m[1])),
    );
    expect([...named].sort()).toEqual([...tagNames].sort());
  });

  it('the registry offers exactly the tags the content check and the compile guard allow, from one list', () => {
    const registered = Object.keys(useMDXComponents()).filter((name) => /^[A-Z]/.test(name));
    expect(registered.sort()).toEqual([...tagNames].sort());
    expect(guardedTags).toEqual(tagNames);
    expect(typeof codeProblems).toBe('function');
  });

  it('KeyTakeaways is a labelled section with the list a writer wrote', () => {
    render(
      <KeyTakeaways>
        <ul>
          <li>One</li>
          <li>Two</li>
        </ul>
      </KeyTakeaways>,
    );
    const section = screen.getByRole('region', { name: 'Key takeaways' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeTruthy();
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['One', 'Two']);
  });

  it('ParticipantRoles is a data table with a caption, column headers and a row header per participant', () => {
    render(
      <ParticipantRoles caption="Who does what">
        <Role name="Carrier">Issues the policy.</Role>
        <Role name="Agent">Sells it.</Role>
      </ParticipantRoles>,
    );
    const table = screen.getByRole('table', { name: 'Who does what' });
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual(['Participant', 'Typical role']);
    expect(columns.every((c) => c.getAttribute('scope') === 'col')).toBe(true);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(['Carrier', 'Agent']);
    expect(rows.every((r) => r.getAttribute('scope') === 'row')).toBe(true);
    expect(within(table).getByRole('cell', { name: 'Issues the policy.' })).toBeTruthy();
  });

  it('QuestionsToAsk is a labelled section of questions', () => {
    render(
      <QuestionsToAsk>
        <ul>
          <li>How are you paid?</li>
        </ul>
      </QuestionsToAsk>,
    );
    const section = screen.getByRole('region', { name: 'Questions to ask' });
    expect(within(section).getByRole('listitem').textContent).toBe('How are you paid?');
  });

  it('BottomLine is a labelled section with the summary', () => {
    render(
      <BottomLine>
        <p>Know how your agent is paid.</p>
      </BottomLine>,
    );
    const section = screen.getByRole('region', { name: 'The bottom line' });
    expect(within(section).getByText('Know how your agent is paid.')).toBeTruthy();
  });
});
