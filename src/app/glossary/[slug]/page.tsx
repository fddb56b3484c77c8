import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bodyComponents } from '@/components/site/BodyComponents';
import { EntryArticle } from '@/components/site/EntryArticle';
import { JsonLd } from '@/components/site/JsonLd';
import { loadBody } from '@/lib/content/bodies';
import type { Entry } from '@/lib/content/collections';
import {
  citationsOf,
  entriesLinkedFrom,
  explainersOf,
  figuresOf,
  getEntries,
  getEntry,
  linksTo,
} from '@/lib/content/store';
import { pageMetadata } from '@/lib/metadata';
import { entryGraph } from '@/lib/structured-data';

// Only entries that exist are pages; any other /glossary/<x> is the 404 page.
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getEntries().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getEntry((await params).slug);
  return entry ? pageMetadata(entry) : {};
}

export default async function EntryPage({ params }: Props) {
  const { slug } = await params;
  const entry = getEntry(slug);
  if (!entry) notFound();
  const Body = await loadBody(entry);
  const linked = entriesLinkedFrom(entry);
  const figures = figuresOf(entry);
  const citations = citationsOf(entry);
  return (
    <>
      <JsonLd data={entryGraph(entry, citations.sources)} />
      <EntryArticle
        entry={entry}
        related={entry.related.flatMap((s) => getEntry(s) ?? [])}
        mentions={linksTo(entry).filter((d): d is Entry => d.kind === 'entry')}
        explainers={explainersOf(entry)}
        linked={linked}
        figures={figures}
        citations={citations}
      >
        <Body components={bodyComponents({ linked, figures, citations })} />
      </EntryArticle>
    </>
  );
}
