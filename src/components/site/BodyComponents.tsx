import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Figure } from '@/components/mdx/Figure';
import type { Entry } from '@/lib/content/collections';
import type { Figure as FigureData } from '@/lib/content/schema/figure';
import { EntryLink } from './EntryLink';

/**
 * The parts of a body that need the page's own data, which its route looks
 * up: links to entries with their previews, and the figures it shows.
 */
export function bodyComponents({
  linked,
  figures,
}: {
  linked: Entry[];
  figures: FigureData[];
}): MDXComponents {
  const previews = new Map(linked.map((e) => [e.slug, e]));
  const table = new Map(figures.map((f) => [f.id, f]));
  return {
    a: (props: ComponentProps<'a'>) => <EntryLink {...props} previews={previews} />,
    Figure: ({ id, show }: { id: string; show?: 'amount' }) => (
      <Figure figure={table.get(id)!} show={show} />
    ),
  };
}
