import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { PageTitle } from '@/components/site/PageTitle';
import { TopicGrid } from '@/components/site/TopicGrid';
import { getEntries } from '@/lib/content/store';
import { topicSlugs } from '@/lib/content/topics';

export const metadata: Metadata = {
  title: 'Topics',
  description:
    'Insurance terms grouped by topic: distribution and advice, life insurance, annuities, Medicare and coverage basics.',
  alternates: { canonical: '/topics' },
};

export default function TopicsPage() {
  const entries = getEntries();
  const counts = Object.fromEntries(
    topicSlugs.map((slug) => [slug, entries.filter((e) => e.category === slug).length]),
  );
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Topics', href: '/topics' },
        ]}
      />
      <PageTitle>Topics</PageTitle>
      <TopicGrid counts={counts} />
    </>
  );
}
