import Link from 'next/link';
import type { ReactNode } from 'react';
import type { PageCitations } from '@/lib/content/citations';
import { docPath, type Entry, type Explainer } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import type { Figure } from '@/lib/content/schema/figure';
import { ArticleBody } from './ArticleBody';
import { ArticleEnd } from './ArticleEnd';
import { ArticleHeader } from './ArticleHeader';
import { Breadcrumbs } from './Breadcrumbs';
import { CiteThisEntry } from './CiteThisEntry';
import { EntryList } from './EntryList';
import { ExplainerList } from './ExplainerList';
import { History } from './History';
import { Section } from './Section';
import { SourceList } from './SourceList';

interface Props {
  entry: Entry;
  related: Entry[];
  /** Entries whose bodies link to this one. */
  mentions: Entry[];
  /** Guides and comparisons that link to this entry or compare it. */
  explainers: Explainer[];
  /** Entries this body links to, whose definitions open as previews. */
  linked: Entry[];
  /** The figures the body shows: the byline says when they were last checked. */
  figures: Figure[];
  /** The page's numbered sources. */
  citations: PageCitations;
  children: ReactNode;
}

/** An entry page: heading block, the MDX body, then sources, related entries and backlinks. */
export function EntryArticle({
  entry,
  related,
  mentions,
  explainers,
  linked,
  figures,
  citations,
  children,
}: Props) {
  const title = displayTitle(entry);
  // data-pagefind-meta: how many entries mention this one; search breaks ties between equally good names with it.
  return (
    <article data-pagefind-body data-pagefind-meta={`mentions:${mentions.length}`}>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Glossary', href: '/glossary' },
          { name: title, href: docPath('entry', entry.slug) },
        ]}
      />
      <ArticleHeader doc={entry} title={title} aliases={entry.aliases} figures={figures} />
      <ArticleBody linked={linked}>{children}</ArticleBody>
      <div data-pagefind-ignore="all">
        {explainers.length ? (
          <Section id="explainers" hideInPrint>
            <ExplainerList explainers={explainers} />
          </Section>
        ) : null}
        <SourceList sources={citations.sources} />
        <History doc={entry} />
        {related.length ? (
          <Section id="related" hideInPrint>
            <EntryList entries={related} />
          </Section>
        ) : null}
        {mentions.length ? (
          <Section id="mentions" heading={`Entries that mention ${title}`} hideInPrint>
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {mentions.map((m) => (
                <li key={m.slug}>
                  <Link href={docPath('entry', m.slug)}>{displayTitle(m)}</Link>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        <CiteThisEntry entry={entry} />
        <ArticleEnd doc={entry} />
      </div>
    </article>
  );
}
