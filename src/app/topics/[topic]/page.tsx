import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { H2 } from '@/components/prose';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { EntryList } from '@/components/site/EntryList';
import { ExplainerList } from '@/components/site/ExplainerList';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { explainerKinds, topicsOf } from '@/lib/content/collections';
import { getDocs, getEntries } from '@/lib/content/store';
import { findTopic, topicSlugs } from '@/lib/content/topics';

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export function generateStaticParams() {
  return topicSlugs.map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = findTopic((await params).topic);
  if (!topic) return {};
  return {
    title: topic.title,
    description: topic.intro,
    alternates: { canonical: `/topics/${topic.slug}` },
  };
}

export default async function TopicPage({ params }: Props) {
  const topic = findTopic((await params).topic);
  if (!topic) notFound();
  const explainers = explainerKinds
    .flatMap((kind) => getDocs(kind))
    .filter((d) => topicsOf(d).includes(topic.slug));
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Topics', href: '/topics' },
          { name: topic.title, href: `/topics/${topic.slug}` },
        ]}
      />
      <PageTitle>{topic.title}</PageTitle>
      <Lead>{topic.intro}</Lead>
      {explainers.length ? (
        <section aria-labelledby="topic-guides">
          <H2 id="topic-guides">Guides and comparisons</H2>
          <ExplainerList explainers={explainers} />
        </section>
      ) : null}
      <H2>Terms</H2>
      <EntryList entries={getEntries().filter((e) => e.category === topic.slug)} />
    </>
  );
}
