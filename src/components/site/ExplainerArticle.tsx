import Link from 'next/link';
import type { ReactNode } from 'react';
import type { PageCitations } from '@/lib/content/citations';
import { collections, docPath, type Entry, type Explainer } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import type { Figure } from '@/lib/content/schema/figure';
import { ArticleBody } from './ArticleBody';
import { ArticleEnd } from './ArticleEnd';
import { ArticleHeader } from './ArticleHeader';
import { Breadcrumbs } from './Breadcrumbs';
import { EntryList } from './EntryList';
import { History } from './History';
import { Section } from './Section';
import { SourceList } from './SourceList';

interface Props {
  doc: Explainer;
  /** The entries the body links to: their definitions open as previews and end the page. */
  linked: Entry[];
  /** For a comparison, the entries compared. */
  compared: Entry[];
  /** The figures the body shows: the byline says when they were last checked. */
  figures: Figure[];
  /** The page's numbered sources. */
  citations: PageCitations;
  children: ReactNode;
}

/** A guide or comparison page: who it is for, the MDX body, the terms it uses with their definitions, its sources. */
export function ExplainerArticle({ doc, linked, compared, figures, citations, children }: Props) {
  const { eyebrow, index, plural } = collections[doc.kind];
  return (
    <article data-pagefind-body data-pagefind-meta={`kind:${eyebrow}`}>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: plural.charAt(0).toUpperCase() + plural.slice(1), href: index },
          { name: doc.title, href: docPath(doc.kind, doc.slug) },
        ]}
      />
      <ArticleHeader doc={doc} title={doc.title} figures={figures}>
        {doc.kind === 'guide' ? (
          <dl className="mt-4 grid gap-x-4 gap-y-1 rounded-lg bg-panel p-4 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">Who it is for</dt>
            <dd>{doc.audience}</dd>
            <dt className="font-semibold">The decision</dt>
            <dd>{doc.decision}</dd>
          </dl>
        ) : (
          <p className="mt-4">
            Compares:{' '}
            {compared.map((entry, i) => (
              <span key={entry.slug}>
                {i ? (i === compared.length - 1 ? ' and ' : ', ') : null}
                <Link href={docPath('entry', entry.slug)}>{displayTitle(entry)}</Link>
              </span>
            ))}
          </p>
        )}
      </ArticleHeader>
      <ArticleBody linked={linked}>{children}</ArticleBody>
      <div data-pagefind-ignore="all">
        {linked.length ? (
          <Section id="terms-used" heading={`Terms used in this ${collections[doc.kind].noun}`}>
            <EntryList entries={linked} />
          </Section>
        ) : null}
        <SourceList sources={citations.sources} />
        <History doc={doc} />
        <ArticleEnd doc={doc} />
      </div>
    </article>
  );
}
