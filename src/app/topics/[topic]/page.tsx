import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { EntryList } from '@/components/site/EntryList';
import { Lead, PageTitle } from '@/components/site/PageTitle';
import { getEntries } from '@/lib/content/store';
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
      <EntryList entries={getEntries().filter((e) => e.category === topic.slug)} />
    </>
  );
}
