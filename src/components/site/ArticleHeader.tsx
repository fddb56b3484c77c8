import Link from 'next/link';
import type { ReactNode } from 'react';
import { collections, topicsOf, type Doc } from '@/lib/content/collections';
import { oldestCheck } from '@/lib/content/figures';
import type { Figure } from '@/lib/content/schema/figure';
import { topics } from '@/lib/content/topics';
import { buildDay } from '@/lib/dates';
import { Aliases } from './Aliases';
import { Byline } from './Byline';
import { NextYearNotice } from './NextYearNotice';
import { Lead, PageTitle } from './PageTitle';

/**
 * The top of every content page: what kind of page it is, its title, the
 * summary, anything the kind adds (children), then the byline and topics.
 * data-pagefind-*: what search weighs and shows.
 */
export function ArticleHeader({
  doc,
  title,
  aliases,
  figures,
  children,
}: {
  doc: Doc;
  title: string;
  aliases?: string[];
  figures: Figure[];
  children?: ReactNode;
}) {
  const topicSlugs = topicsOf(doc);
  return (
    <header className="mb-6 border-b border-rule pb-6">
      <p
        className="mb-1 text-sm font-semibold tracking-wider text-accent uppercase"
        data-pagefind-ignore
      >
        {collections[doc.kind].eyebrow}
      </p>
      <PageTitle data-pagefind-weight="10">{title}</PageTitle>
      <Aliases aliases={aliases} />
      <Lead data-pagefind-meta="description" data-pagefind-weight="5">
        {doc.description}
      </Lead>
      {children}
      <div data-pagefind-ignore="all">
        <Byline doc={doc} figuresChecked={oldestCheck(figures.map((f) => f.values[0]))} />
        <NextYearNotice figures={figures} today={buildDay()} />
        <p className="mt-1 text-sm text-muted">
          {topicSlugs.length === 1 ? 'Topic' : 'Topics'}:{' '}
          {topicSlugs.map((slug, i) => (
            <span key={slug}>
              {i ? ', ' : null}
              <Link href={`/topics/${slug}`}>{topics[slug].title}</Link>
            </span>
          ))}
        </p>
      </div>
    </header>
  );
}
