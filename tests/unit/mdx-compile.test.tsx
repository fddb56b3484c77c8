// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/site/BodyComponents';
import { docPath, kinds } from '@/lib/content/collections';
import { checkContent } from '@/lib/content/rules';
import { anchorsOf } from '@/lib/content/rules/body';
import { sectionIds } from '@/lib/content/sections';
import { parseMdx } from '@/lib/content/source/parse';
import { readSources } from '@/lib/content/source/read';
import { compileContent } from '../helpers/mdx';

afterEach(cleanup);

const withFrontmatter = (body: string) =>
  `---\ntitle: Example\nsecret: '{process.platform}'\n---\n\n${body}`;

describe('a content file as @next/mdx compiles it', () => {
  it('renders Markdown, GFM tables and writer tags, with heading ids, and never the frontmatter', async () => {
    const Body = await compileContent(
      withFrontmatter(`## How it works

| Plan | Covers |
| --- | --- |
| A | Hospital |

<KeyTakeaways>
- One point.
</KeyTakeaways>

<ParticipantRoles caption="Who does what">
  <Role name="Carrier">Issues the policy.</Role>
</ParticipantRoles>
`),
    );
    const { container } = render(<Body />);
    expect(screen.getByRole('heading', { level: 2, name: 'How it works' }).id).toBe('how-it-works');
    expect(screen.getAllByRole('table')[0].textContent).toContain('Hospital');
    const takeaways = screen.getByRole('region', { name: 'Key takeaways' });
    expect(within(takeaways).getByRole('listitem').textContent).toBe('One point.');
    expect(screen.getByRole('rowheader', { name: 'Carrier' })).toBeTruthy();
    // Writer tags are blocks, never inside a paragraph; the frontmatter is data, not text.
    expect(container.querySelector('p > section, p > tr')).toBeNull();
    expect(container.textContent).not.toContain('title: Example');
    expect(container.textContent).not.toContain(process.platform);
  });

  it('lets the page replace plain elements, such as links', async () => {
    const Body = await compileContent('See [an annuity](/glossary/annuity).');
    render(
      <Body
        components={{ a: (props: ComponentProps<'a'>) => <a {...props} data-entry-link="" /> }}
      />,
    );
    expect(screen.getByRole('link', { name: 'an annuity' }).getAttribute('data-entry-link')).toBe(
      '',
    );
  });
});

describe('the compile guard, with the content check skipped', () => {
  const code = [
    ['{process.platform}', 'mdx-code'],
    ['{alert(1)}', 'mdx-code'],
    ['{globalThis.leaked = 1}', 'mdx-code'],
    ["import x from 'node:fs'", 'mdx-code'],
    ['export const x = (globalThis.leaked = 1)', 'mdx-code'],
    ['<KeyTakeaways {...{ hidden: true }}>\n- x\n</KeyTakeaways>', 'mdx-code'],
    ['<ParticipantRoles caption={globalThis.leaked = 1}>\n</ParticipantRoles>', 'mdx-code'],
    ['<BottomLine onClick="alert(1)">\nx\n</BottomLine>', 'mdx-code'],
    ['<Unknown />', 'mdx-component'],
    ['<script>alert(1)</script>', 'mdx-component'],
    ['[click](javascript:alert(1))', 'links'],
  ] as const;

  it.each(code)('refuses %s, naming path:line:col and the rule', async (body, rule) => {
    const file = 'content/glossary/bad.mdx';
    await expect(compileContent(withFrontmatter(body), file)).rejects.toThrow(
      new RegExp(`${file}:6:\\d+  ${rule}  `),
    );
    expect((globalThis as { leaked?: number }).leaked).toBeUndefined();
  });

  it('lists every problem in a file at once', async () => {
    await expect(
      compileContent('{a}\n\n<Unknown />\n\n{b}', 'content/glossary/bad.mdx'),
    ).rejects.toThrow(
      /bad\.mdx:1:1 {2}mdx-code[^]*bad\.mdx:3:1 {2}mdx-component[^]*bad\.mdx:5:1 {2}mdx-code/,
    );
  });
});

describe('the check and the compile read content alike', () => {
  it('every heading id the check knows on a real page is the id the compiled page has', async () => {
    const { docs, figures, citations } = checkContent();
    const sources = kinds
      .flatMap((kind) => readSources(kind))
      .filter((s) => docs.some((d) => d.file === s.file));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const Body = await compileContent(source.text, source.file);
      const cited = citations[docPath(source.kind, source.slug)];
      const html = renderToStaticMarkup(
        <Body components={bodyComponents({ linked: [], figures, citations: cited })} />,
      );
      // The compile numbers citations in the order the check does: each one the check
      // resolved is a link to its source on the page.
      const links = [...html.matchAll(/<a id="cite-(\d+)" href="#source-(\d+)"/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(links, source.file).toEqual(
        Object.entries(cited.numbers).map(([n, number]) => [Number(n), number]),
      );
      const compiled = [...html.matchAll(/<h[2-6][^>]* id="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((id) => !(sectionIds as string[]).includes(id));
      const checked = [...anchorsOf(parseMdx(source.text))].filter(
        (id) => !(sectionIds as string[]).includes(id),
      );
      expect(compiled, source.file).toEqual(checked);
    }
  }, 120_000);
});
