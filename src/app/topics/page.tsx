import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { getTerms } from '@/lib/content/load';
import { topics, topicSlugs } from '@/lib/content/topics';

export const metadata: Metadata = {
  title: 'Topics',
  description: 'Insurance terms grouped by topic: distribution and advice, life insurance, annuities, Medicare and coverage basics.',
  alternates: { canonical: '/topics' },
};

export default function TopicsPage() {
  const terms = getTerms();
  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Topics', href: '/topics' },
        ]}
      />
      <h1>Topics</h1>
      <ul className="topic-grid">
        {topicSlugs.map((slug) => (
          <li key={slug}>
            <Link href={`/topics/${slug}`}>{topics[slug].title}</Link>
            <p>{topics[slug].intro}</p>
            <p className="count">{terms.filter((t) => t.category === slug).length} terms</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
