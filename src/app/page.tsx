import Link from 'next/link';
import { TermList } from '@/components/site/TermList';
import { getTerms } from '@/lib/content/load';
import { topics, topicSlugs } from '@/lib/content/topics';
import { site } from '@/lib/site';

export default function HomePage() {
  const terms = getTerms();
  const start = ['independent-marketing-organization', 'annuity', 'term-life-insurance', 'medicare-advantage']
    .map((slug) => terms.find((t) => t.slug === slug))
    .filter((t) => t !== undefined);
  return (
    <div className="page">
      <h1>{site.tagline}</h1>
      <p className="lead">
        {site.name} is a free glossary of the words you meet when you buy life insurance, an annuity or a Medicare plan. Each entry explains
        one term in plain English, says what to ask before you buy and lists the regulators&apos; sources it relies on.
      </p>
      <p>
        Entries are written and kept up to date by our Editorial Team.{' '}
        <Link href="/glossary">Browse all {terms.length} terms from A to Z</Link>.
      </p>
      <h2>Browse by topic</h2>
      <ul className="topic-grid">
        {topicSlugs.map((slug) => (
          <li key={slug}>
            <Link href={`/topics/${slug}`}>{topics[slug].title}</Link>
            <p>{topics[slug].intro}</p>
          </li>
        ))}
      </ul>
      {start.length ? (
        <>
          <h2>Good places to start</h2>
          <TermList terms={start} />
        </>
      ) : null}
    </div>
  );
}
