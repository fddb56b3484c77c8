import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bodyComponents } from '@/components/site/BodyComponents';
import { JsonLd } from '@/components/site/JsonLd';
import { DocArticle } from '@/components/site/kinds';
import { loadBody } from '@/lib/content/bodies';
import { collections, kindOfFolder, kinds } from '@/lib/content/collections';
import { pageData } from '@/lib/content/kinds';
import { getDoc, pageSlugs } from '@/lib/content/store';
import { pageMetadata } from '@/lib/metadata';
import { pageGraph } from '@/lib/structured-data';

/*
 * Every content page of every kind, at /<folder>/<slug> (/glossary/annuity, /guides/turning-65 ...):
 * look the page up, bind its data to its compiled body, render it as its kind shows pages.
 */

// Only pages that exist are pages; any other address is the 404 page.
export const dynamicParams = false;

type Props = { params: Promise<{ section: string; slug: string }> };

export function generateStaticParams() {
  return kinds.flatMap((kind) =>
    pageSlugs(kind).map((slug) => ({ section: collections[kind].folder, slug })),
  );
}

async function lookUp(params: Props['params']) {
  const { section, slug } = await params;
  const kind = kindOfFolder(section);
  return kind ? getDoc(kind, slug) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await lookUp(params);
  return doc ? pageMetadata(doc) : {};
}

export default async function ContentPage({ params }: Props) {
  const doc = await lookUp(params);
  if (!doc) notFound();
  const Body = await loadBody(doc);
  const data = pageData(doc);
  return (
    <>
      <JsonLd data={pageGraph(doc, data)} />
      <DocArticle doc={doc} data={data}>
        <Body components={bodyComponents(data)} />
      </DocArticle>
    </>
  );
}
