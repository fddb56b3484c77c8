import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Figure } from '@/components/mdx/Figure';
import type { PageCitations } from '@/lib/content/citations';
import type { Entry } from '@/lib/content/collections';
import { pickValue } from '@/lib/content/figures';
import type { Figure as FigureData } from '@/lib/content/schema/figure';
import { Cite } from './Cite';
import { EntryLink } from './EntryLink';

/**
 * The parts of a body that need the page's own data, which its route looks
 * up: links to entries with their previews, the figures it shows, and its
 * citations. The compile numbers every citation in reading order (`n`,
 * mdx/citations.mjs); the check worked out which source each number points at.
 */
export function bodyComponents({
  linked,
  figures,
  citations,
}: {
  linked: Entry[];
  figures: FigureData[];
  citations: PageCitations;
}): MDXComponents {
  const previews = new Map(linked.map((e) => [e.slug, e]));
  const table = new Map(figures.map((f) => [f.id, f]));
  const cite = (n: string) => {
    const number = citations.numbers[Number(n)];
    const source = number ? citations.sources[number - 1] : undefined;
    return source ? <Cite n={Number(n)} source={source} /> : null;
  };
  return {
    a: (props: ComponentProps<'a'>) => <EntryLink {...props} previews={previews} />,
    Figure: ({ id, show, year, n }: { id: string; show?: 'amount'; year?: string; n: string }) => (
      <>
        <Figure figure={pickValue(table.get(id)!, year ? Number(year) : undefined)!} show={show} />
        {cite(n)}
      </>
    ),
    Cite: ({ n }: { n: string }) => cite(n),
  };
}
