/**
 * A synthetic glossary of N entries (and one guide and one comparison) in a
 * scratch copy of the project, made from the real template so it goes through exactly the real build. Each
 * entry links to the next two, so none is an orphan; the words are plain so
 * the readability check passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocPath } from '../../../src/lib/content/collections';
import { loadHelp } from '../../../src/lib/content/source/help';
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

function entry(template: string, i: number, n: number, title = `Synthetic Term ${i}`): string {
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
    .replace('title: TITLE', `title: ${title}`)
    // Short forms and other names, so search is measured on abbreviations and aliases too.
    .replace('# abbreviation: IMO', `abbreviation: ST${i}`)
    .replace('# aliases: [Medigap]', `aliases: [Test word ${i}]`)
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

/**
 * The pages the help page sends readers to first (content/help/problems.yaml): the content check
 * refuses a list that names a missing page, so the corpus has a synthetic page at each address.
 */
const { helpProblems } = loadHelp(path.resolve('content'));
const named = [...new Set(helpProblems.flatMap((p) => p.read))].map((address) => {
  const page = parseDocPath(address);
  // Only entries and guides are made here; another kind would need its own synthetic page.
  if (page?.kind !== 'entry' && page?.kind !== 'guide')
    throw new Error(`bench corpus: no synthetic page for ${address}`);
  const title = page.slug.replace(/^./, (c) => c.toUpperCase()).replaceAll('-', ' ');
  return { ...page, title };
});
const namedEntries = named.filter((p) => p.kind === 'entry');

/** One guide and one comparison over the first entries, so each kind of page is built as the site builds it. */
function explainers(): Record<string, string> {
  const [a, b] = [slugFor(0), slugFor(1)];
  const head = (fields: string) =>
    `---\n${fields}\ntopics: [life-insurance]\nauthor: Editorial Team\npublished: 2026-01-15\nupdated: 2026-01-15\nsources:\n  - title: Insurance topics\n    url: https://content.naic.org/insurance-topics\n    publisher: NAIC\n---\n`;
  const end = `<QuestionsToAsk>\n- How does this work?\n- What does it cost each year?\n</QuestionsToAsk>\n\n`;
  const guide = `${head('title: A Synthetic Guide\ndescription: A made-up guide used to test the build.\naudience: Anyone testing the build.\ndecision: Nothing; it tests the build.')}
## Who this is for

It links [synthetic term 0](/glossary/${a}) and [synthetic term 1](/glossary/${b}).
${namedEntries.map((p) => `It also links [${p.title.toLowerCase()}](/glossary/${p.slug}).`).join('\n')}

## Step by step

<Timeline caption="Two steps">
  <Step when="First">Read the papers.</Step>
  <Step when="Then">Decide what to buy.</Step>
</Timeline>

## Who is involved and how they are paid

<MoneyFlow caption="Who pays whom in the test">
  <Pays from="You" to="Insurer">the premium</Pays>
  <Pays from="Insurer" to="Agent">a commission</Pays>
</MoneyFlow>

## Your options

Two options.

## An example

<Example title="A test" year="2026">
- A made-up premium of $100 a year, paid by a made-up buyer.
</Example>

## What varies by state

Rules vary.

${end}<RedFlags>
- A rush to sign.
- No papers to read.
</RedFlags>

<BottomLine>
It is a test page, made only to measure how fast the site builds.
</BottomLine>
`;
  const comparison = `${head(`title: Synthetic Term 0 vs Synthetic Term 1\ndescription: A made-up comparison used to test the build.\ncompares: [${a}, ${b}]`)}
It compares [synthetic term 0](/glossary/${a}) and [synthetic term 1](/glossary/${b}).

<Comparison caption="The two test terms side by side">

| Feature | Term 0 | Term 1 |
| --- | --- | --- |
| Made up | Yes | Yes |

</Comparison>

## When each fits

Both are tests.

${end}<BottomLine>
It is a test page, made only to measure how fast the site builds.
</BottomLine>
`;
  const namedGuides = named
    .filter((p) => p.kind === 'guide')
    .map((p) => [
      `guides/${p.slug}.mdx`,
      guide.replace('title: A Synthetic Guide', `title: ${p.title}`),
    ]);
  return {
    'guides/synthetic-guide.mdx': guide,
    'compare/synthetic-comparison.mdx': comparison,
    ...Object.fromEntries(namedGuides),
  };
}

/** A scratch project with N synthetic entries; remove it with fs.rmSync when done. */
export function makeProject(n: number, root = process.cwd()): string {
  const dir = scratchProject(`glossary-bench-${n}`, { root });
  const template = fs.readFileSync(path.join(root, 'content', '_template.mdx'), 'utf8');
  const glossary = path.join(dir, 'content', 'glossary');
  fs.mkdirSync(glossary, { recursive: true });
  // N entries in all: the pages the help page names, and a ring of synthetic terms.
  const ring = n - namedEntries.length;
  for (let i = 0; i < ring; i++)
    fs.writeFileSync(path.join(glossary, `${slugFor(i)}.mdx`), entry(template, i, ring));
  namedEntries.forEach((p, k) =>
    fs.writeFileSync(
      path.join(glossary, `${p.slug}.mdx`),
      entry(template, ring + k, ring, p.title),
    ),
  );
  // The baseline (an older tree) may not know guides and comparisons; its build would refuse them.
  if (fs.existsSync(path.join(root, 'content', '_template-guide.mdx'))) {
    for (const [file, text] of Object.entries(explainers())) {
      fs.mkdirSync(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'content', file), text);
    }
  }
  return dir;
}
