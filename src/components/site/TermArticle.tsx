import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Term } from '@/lib/content/load';
import { displayTitle } from '@/lib/content/display';
import { topics } from '@/lib/content/topics';
import { Breadcrumbs } from './Breadcrumbs';
import { Byline } from './Byline';
import { SourceList } from './SourceList';
import { TermList } from './TermList';

/** An entry page: heading block, the MDX body, then sources and related entries. */
export function TermArticle({ term, related, children }: { term: Term; related: Term[]; children: ReactNode }) {
  const topic = topics[term.category];
  return (
    <article className="page entry">
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Glossary', href: '/glossary' },
          { name: displayTitle(term), href: `/glossary/${term.slug}` },
        ]}
      />
      <header className="entry-header">
        <p className="eyebrow">Glossary term</p>
        <h1>{displayTitle(term)}</h1>
        <p className="lead">{term.description}</p>
        <Byline author={term.author} reviewer={term.reviewer} updated={term.updated} />
        <p className="topic-link">
          Topic: <Link href={`/topics/${term.category}`}>{topic.title}</Link>
        </p>
      </header>
      <div className="prose-body prose prose-slate max-w-none dark:prose-invert">{children}</div>
      <SourceList sources={term.sources} />
      {related.length ? (
        <section aria-labelledby="related" className="related">
          <h2 id="related">Related terms</h2>
          <TermList terms={related} />
        </section>
      ) : null}
      <p className="disclaimer">
        This entry is general education, not legal, tax or financial advice. Insurance rules vary by state; your state
        insurance department can tell you what applies where you live.
      </p>
    </article>
  );
}
