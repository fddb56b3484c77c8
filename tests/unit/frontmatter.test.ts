import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { entrySchema } from '@/lib/content/schema/entry';
import { parseFrontmatter } from '@/lib/content/source/frontmatter';

const valid = `---
title: Free Look Period
description: The days after you get a new policy when you can cancel it for a refund.
category: life-insurance
author: Editorial Team
published: 2026-05-17
updated: '2026-05-18'
related: [annuity]
sources:
  - title: Life insurance buyer's guide
    url: https://content.naic.org/consumer/life-insurance.htm
---

Body text.
`;

const parse = (source: string) =>
  parseFrontmatter(
    'content/glossary/free-look-period.mdx',
    source,
    entrySchema,
    'content/_template.mdx',
  );
const check = (source: string) => parse(source).problems.map(formatProblem);

describe('entry frontmatter', () => {
  it('accepts a valid entry and keeps dates as the same calendar day, quoted or not', () => {
    const parsed = parse(valid);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data?.published).toBe('2026-05-17');
    expect(parsed.data?.updated).toBe('2026-05-18');
    expect(parsed.data?.status).toBe('published');
  });

  it('names the file, line, column and field of a missing title', () => {
    expect(check(valid.replace('title: Free Look Period\n', ''))).toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:2:1  schema  title: is required: the name of the term",
      ]
    `);
  });

  it('points at a date that is not a date', () => {
    expect(check(valid.replace('published: 2026-05-17', 'published: May 17th')))
      .toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:6:12  schema  published: expected a date like 2026-05-17",
      ]
    `);
    expect(check(valid.replace('published: 2026-05-17', 'published: 2026-02-30')))
      .toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:6:12  schema  published: is not a real calendar day",
      ]
    `);
  });

  it('points at an unknown key by its name', () => {
    expect(check(valid.replace('author:', 'autor: x\nauthor:'))).toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:5:1  schema  autor: unknown key (check the spelling; the allowed keys are in content/_template.mdx)",
      ]
    `);
  });

  it('reports broken YAML with its position', () => {
    expect(check(valid.replace('category: life-insurance', 'category: [life-insurance')))
      .toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:5:1  yaml  Flow sequence in block collection must be sufficiently indented and end with a ] (check indentation, colons and quotes)",
      ]
    `);
  });

  it('reports every problem at once', () => {
    const broken = valid
      .replace('title: Free Look Period\n', '')
      .replace('category: life-insurance', 'category: pets')
      .replace("updated: '2026-05-18'", 'updated: 2026-01-01');
    expect(check(broken)).toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:2:1  schema  title: is required: the name of the term",
        "content/glossary/free-look-period.mdx:3:11  schema  category: expected one of: distribution-and-advice, life-insurance, annuities, medicare, coverage-basics",
        "content/glossary/free-look-period.mdx:6:10  schema  updated: must not be earlier than published",
      ]
    `);
  });

  it('requires the file to start with frontmatter', () => {
    expect(check('Just text')).toMatchInlineSnapshot(`
      [
        "content/glossary/free-look-period.mdx:1:1  frontmatter  the file must start with a --- line and the YAML frontmatter",
      ]
    `);
  });
});
