import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bodyComponents } from '@/components/site/BodyComponents';
import { ExplainerArticle } from '@/components/site/ExplainerArticle';
import { JsonLd } from '@/components/site/JsonLd';
import { loadBody } from '@/lib/content/bodies';
import {
  citationsOf,
  entriesLinkedFrom,
  figuresOf,
  getDoc,
  getDocs,
  getEntry,
} from '@/lib/content/store';
import { pageMetadata } from '@/lib/metadata';
import { explainerGraph } from '@/lib/structured-data';

type Props = { params: Promise<{ slug: string }> };

/**
 * The route of a kind of explainer (/guides/<slug>, /compare/<slug>): the
 * pages to export, their metadata and the page, looked up in the store.
 * Both kinds' route files are this, for their kind.
 */
export function explainerRoute(kind: 'guide' | 'comparison') {
  return {
    generateStaticParams: () => getDocs(kind).map(({ slug }) => ({ slug })),

    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const doc = getDoc(kind, (await params).slug);
      return doc ? pageMetadata(doc) : {};
    },

    Page: async function ExplainerPage({ params }: Props) {
      const doc = getDoc(kind, (await params).slug);
      if (!doc) notFound();
      const Body = await loadBody(doc);
      const linked = entriesLinkedFrom(doc);
      const figures = figuresOf(doc);
      const citations = citationsOf(doc);
      const compared =
        doc.kind === 'comparison' ? doc.compares.flatMap((s) => getEntry(s) ?? []) : [];
      return (
        <>
          <JsonLd
            data={explainerGraph(
              doc,
              doc.kind === 'comparison' ? compared : linked,
              citations.sources,
            )}
          />
          <ExplainerArticle
            doc={doc}
            linked={linked}
            compared={compared}
            figures={figures}
            citations={citations}
          >
            <Body components={bodyComponents({ linked, figures, citations })} />
          </ExplainerArticle>
        </>
      );
    },
  };
}
