// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/content/render';

afterEach(cleanup);

const entry = (body: string) => ({ body, bodyLine: 10, file: 'content/glossary/example.mdx' });

describe('an entry body as the page shows it', () => {
  it('renders Markdown, GFM tables and writer tags, with heading ids the check knows', () => {
    const { container } = render(
      <div>
        {renderBody(
          entry(`## How it works

| Plan | Covers |
| --- | --- |
| A | Hospital |

<KeyTakeaways>
- One point.
</KeyTakeaways>
`),
        )}
      </div>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'How it works' }).id).toBe('how-it-works');
    expect(screen.getByRole('table').textContent).toContain('Hospital');
    const takeaways = screen.getByRole('region', { name: 'Key takeaways' });
    expect(within(takeaways).getByRole('listitem').textContent).toBe('One point.');
    expect(container.querySelector('p > section')).toBeNull();
  });

  it('lets the page replace plain elements, such as links', () => {
    render(
      <div>
        {renderBody(entry('See [an annuity](/glossary/annuity).'), {
          a: (props: ComponentProps<'a'>) => <a {...props} data-entry-link="" />,
        })}
      </div>,
    );
    expect(screen.getByRole('link', { name: 'an annuity' }).getAttribute('data-entry-link')).toBe('');
  });

  it('never runs code or an unknown tag, even if the check were skipped', () => {
    for (const body of ['<Unknown />', '<Foo.Bar />', '{globalThis.leaked = 1}', 'export const x = (globalThis.leaked = 1)']) {
      expect(() => renderBody(entry(body)), body).toThrow(/only Markdown and writer tags/);
    }
    expect((globalThis as { leaked?: number }).leaked).toBeUndefined();
  });
});
