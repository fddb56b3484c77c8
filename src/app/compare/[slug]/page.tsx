import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bodyComponents } from '@/components/site/BodyComponents';
import { ExplainerArticle } from '@/components/site/ExplainerArticle';
import { JsonLd } from '@/components/site/JsonLd';
import { loadBody } from '@/lib/content/bodies';
import { entriesLinkedFrom, figuresOf, getDoc, getDocs, getEntry } from '@/lib/content/store';
import { pageMetadata } from '@/lib/metadata';
import { explainerGraph } from '@/lib/structured-data';

// Only comparisons that exist are pages; any other /compare/<x> is the 404 page.
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getDocs('comparison').map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = getDoc('comparison', (await params).slug);
  return comparison ? pageMetadata(comparison) : {};
}

export default async function ComparisonPage({ params }: Props) {
  const { slug } = await params;
  const comparison = getDoc('comparison', slug);
  if (!comparison) notFound();
  const Body = await loadBody(comparison);
  const linked = entriesLinkedFrom(comparison);
  const compared = comparison.compares.flatMap((s) => getEntry(s) ?? []);
  const figures = figuresOf(comparison);
  return (
    <>
      <JsonLd data={explainerGraph(comparison, compared)} />
      <ExplainerArticle doc={comparison} linked={linked} compared={compared} figures={figures}>
        <Body components={bodyComponents({ linked, figures })} />
      </ExplainerArticle>
    </>
  );
}
