import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ComponentProps } from 'react';
import { EntryLink } from '@/components/site/EntryLink';
import { TermArticle } from '@/components/site/TermArticle';
import { displayTitle } from '@/lib/content/display';
import { getBacklinks, getLinkedTerms } from '@/lib/content/links';
import { getTerm, getTerms } from '@/lib/content/load';
import { renderBody } from '@/lib/content/render';
import { entryPath, shareImagePath } from '@/lib/content/routes';
import { topics } from '@/lib/content/topics';
import { entryGraph } from '@/lib/structured-data';
import { site } from '@/lib/site';
import { JsonLd } from '@/components/site/JsonLd';

// Only entries that exist are pages; any other /glossary/<x> is the 404 page.
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getTerms().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = getTerm((await params).slug);
  if (!term) return {};
  const title = displayTitle(term);
  return {
    title,
    description: term.description,
    alternates: { canonical: entryPath(term.slug) },
    openGraph: {
      type: 'article',
      title,
      description: term.description,
      url: entryPath(term.slug),
      publishedTime: term.published,
      modifiedTime: term.updated,
      section: topics[term.category].title,
      siteName: site.name,
      locale: site.locale,
      images: [{ url: shareImagePath(term.slug), width: 1200, height: 630, alt: title }],
    },
    // Cards take their title and description from the Open Graph tags.
    twitter: { card: 'summary_large_image', images: [shareImagePath(term.slug)] },
  };
}

export default async function EntryPage({ params }: Props) {
  const { slug } = await params;
  const term = getTerm(slug);
  if (!term) notFound();
  const related = term.related.map((s) => getTerm(s)).filter((t) => t !== undefined);
  const linked = getLinkedTerms(term);
  const previews = new Map(linked.map((t) => [t.slug, t]));
  const components = { a: (props: ComponentProps<'a'>) => <EntryLink {...props} previews={previews} /> };
  return (
    <>
      <JsonLd data={entryGraph(term)} />
      <TermArticle term={term} related={related} mentions={getBacklinks(slug)} linked={linked}>
        {renderBody(term, components)}
      </TermArticle>
    </>
  );
}
