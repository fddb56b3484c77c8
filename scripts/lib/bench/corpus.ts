/**
 * A synthetic glossary of N entries in a scratch copy of the project, made
 * from the real template so it goes through exactly the real build. Each
 * entry links to the next two, so none is an orphan; the words are plain so
 * the readability check passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scratchProject } from '../scratch-project';

const words = [
  'premium',
  'policy',
  'annuity',
  'rider',
  'claim',
  'agent',
  'insurer',
  'benefit',
  'surrender',
  'coverage',
  'deductible',
  'plan',
];

export function slugFor(i: number): string {
  return `synthetic-term-${String(i).padStart(5, '0')}`;
}

function entry(template: string, i: number, n: number): string {
  const word = words[i % words.length];
  const next = [1, 2].map((d) => slugFor((i + d) % n));
  const body = `## What is synthetic term ${i}?

Synthetic term ${i} is a made-up word used to test how fast the site builds. It is about a ${word}. You can read about the next term in [synthetic term ${(i + 1) % n}](/glossary/${next[0]}) and [synthetic term ${(i + 2) % n}](/glossary/${next[1]}).

This part adds some plain words, so the page is about as long as a real one. When you buy a ${word}, ask how it works, what it costs and how the agent is paid. Read the papers before you sign. Ask for a copy of every form.

<KeyTakeaways>
- Synthetic term ${i} is a test word.
- It links to two other test words.
- It reads like a short real entry.
</KeyTakeaways>

## How it works

The test builds many pages like this one and measures the time it takes. Each page has a table, a list of questions and a short summary.

<ParticipantRoles caption="Who does what in test ${i}">
  <Role name="Insurer">Issues the ${word} and pays claims.</Role>
  <Role name="Agent">Explains the options and helps you apply.</Role>
</ParticipantRoles>

## What to ask

<QuestionsToAsk>
- How does this ${word} work?
- What does it cost each year?
</QuestionsToAsk>

<BottomLine>
Synthetic term ${i} exists only to test the build. Real entries are written by people.
</BottomLine>
`;
  const frontmatter = template
    .slice(0, template.indexOf('\n---', 4) + 4)
    .replace('title: TITLE', `title: Synthetic Term ${i}`)
    .replace(
      /^description: .*$/m,
      `description: A made-up term number ${i}, used only to measure how fast the site builds.`,
    )
    .replace(
      'category: CATEGORY',
      `category: ${['life-insurance', 'annuities', 'medicare', 'coverage-basics', 'distribution-and-advice'][i % 5]}`,
    )
    .replaceAll('TODAY', '2026-01-15')
    .replace('status: draft', 'status: published')
    .replace('related: []', `related: [${next.join(', ')}]`)
    .replace(
      /sources:[\s\S]*?(?=\n---)/,
      'sources:\n  - title: Insurance topics\n    url: https://content.naic.org/insurance-topics\n    publisher: NAIC',
    );
  return `${frontmatter}\n${body}`;
}

/** A scratch project with N synthetic entries; remove it with fs.rmSync when done. */
export function makeProject(n: number, root = process.cwd()): string {
  const dir = scratchProject(`glossary-bench-${n}`, { root });
  const template = fs.readFileSync(path.join(root, 'content', '_template.mdx'), 'utf8');
  const glossary = path.join(dir, 'content', 'glossary');
  fs.mkdirSync(glossary, { recursive: true });
  for (let i = 0; i < n; i++)
    fs.writeFileSync(path.join(glossary, `${slugFor(i)}.mdx`), entry(template, i, n));
  return dir;
}
