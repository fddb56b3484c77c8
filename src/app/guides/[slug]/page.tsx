import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bodyComponents } from '@/components/site/BodyComponents';
import { ExplainerArticle } from '@/components/site/ExplainerArticle';
import { JsonLd } from '@/components/site/JsonLd';
import { loadBody } from '@/lib/content/bodies';
import { entriesLinkedFrom, figuresOf, getDoc, getDocs } from '@/lib/content/store';
import { pageMetadata } from '@/lib/metadata';
import { explainerGraph } from '@/lib/structured-data';

// Only guides that exist are pages; any other /guides/<x> is the 404 page.
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getDocs('guide').map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getDoc('guide', (await params).slug);
  return guide ? pageMetadata(guide) : {};
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  const guide = getDoc('guide', slug);
  if (!guide) notFound();
  const Body = await loadBody(guide);
  const linked = entriesLinkedFrom(guide);
  const figures = figuresOf(guide);
  return (
    <>
      <JsonLd data={explainerGraph(guide, linked)} />
      <ExplainerArticle doc={guide} linked={linked} compared={[]} figures={figures}>
        <Body components={bodyComponents({ linked, figures })} />
      </ExplainerArticle>
    </>
  );
}
