import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ComponentProps } from 'react';
import { EntryArticle } from '@/components/site/EntryArticle';
import { EntryLink } from '@/components/site/EntryLink';
import { JsonLd } from '@/components/site/JsonLd';
import { docPath, type Entry } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { shareImagePath } from '@/lib/content/routes';
import { getEntries, getEntry, linksFrom, linksTo } from '@/lib/content/store';
import { topics } from '@/lib/content/topics';
import { site } from '@/lib/site';
import { entryGraph } from '@/lib/structured-data';

// Only entries that exist are pages; any other /glossary/<x> is the 404 page.
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getEntries().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getEntry((await params).slug);
  if (!entry) return {};
  const title = displayTitle(entry);
  const path = docPath('entry', entry.slug);
  return {
    title,
    description: entry.description,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      title,
      description: entry.description,
      url: path,
      publishedTime: entry.published,
      modifiedTime: entry.updated,
      section: topics[entry.category].title,
      siteName: site.name,
      locale: site.locale,
      images: [{ url: shareImagePath('entry', entry.slug), width: 1200, height: 630, alt: title }],
    },
    // Cards take their title and description from the Open Graph tags.
    twitter: { card: 'summary_large_image', images: [shareImagePath('entry', entry.slug)] },
  };
}

const entriesOnly = (docs: ReturnType<typeof linksFrom>) =>
  docs.filter((d): d is Entry => d.kind === 'entry');

export default async function EntryPage({ params }: Props) {
  const { slug } = await params;
  const entry = getEntry(slug);
  if (!entry) notFound();
  // The body, compiled by @next/mdx; the code guard has refused anything in it that would run.
  const { default: Body } = await import(`../../../../content/glossary/${slug}.mdx`);
  const linked = entriesOnly(linksFrom(entry));
  const previews = new Map(linked.map((e) => [e.slug, e]));
  const a = (props: ComponentProps<'a'>) => <EntryLink {...props} previews={previews} />;
  return (
    <>
      <JsonLd data={entryGraph(entry)} />
      <EntryArticle
        entry={entry}
        related={entry.related.flatMap((s) => getEntry(s) ?? [])}
        mentions={entriesOnly(linksTo(entry))}
        linked={linked}
      >
        <Body components={{ a }} />
      </EntryArticle>
    </>
  );
}
