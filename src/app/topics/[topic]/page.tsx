import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { TermList } from '@/components/site/TermList';
import { getTerms } from '@/lib/content/load';
import { topics, topicSlugs, type TopicSlug } from '@/lib/content/topics';

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export function generateStaticParams() {
  return topicSlugs.map((topic) => ({ topic }));
}

function findTopic(slug: string) {
  return slug in topics ? { slug: slug as TopicSlug, ...topics[slug as TopicSlug] } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = findTopic((await params).topic);
  if (!topic) return {};
  return { title: topic.title, description: topic.intro, alternates: { canonical: `/topics/${topic.slug}` } };
}

export default async function TopicPage({ params }: Props) {
  const topic = findTopic((await params).topic);
  if (!topic) notFound();
  const terms = getTerms().filter((t) => t.category === topic.slug);
  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Topics', href: '/topics' },
          { name: topic.title, href: `/topics/${topic.slug}` },
        ]}
      />
      <h1>{topic.title}</h1>
      <p className="lead">{topic.intro}</p>
      <TermList terms={terms} />
    </div>
  );
}
