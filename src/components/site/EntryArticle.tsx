import Link from 'next/link';
import type { ReactNode } from 'react';
import { collections, docPath, type Entry, type Explainer } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { oldestCheck } from '@/lib/content/figures';
import type { Figure } from '@/lib/content/schema/figure';
import { topics } from '@/lib/content/topics';
import { Aliases } from './Aliases';
import { Breadcrumbs } from './Breadcrumbs';
import { Byline } from './Byline';
import { CiteThisEntry } from './CiteThisEntry';
import { DefinitionPreviews } from './DefinitionPreviews';
import { EntryActions } from './EntryActions';
import { EntryList } from './EntryList';
import { ExplainerList } from './ExplainerList';
import { History } from './History';
import { Lead, PageTitle } from './PageTitle';
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
  children,
}: Props) {
  const topic = topics[entry.category];
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
      <header className="mb-6 border-b border-rule pb-6">
        <p
          className="mb-1 text-sm font-semibold tracking-wider text-accent uppercase"
          data-pagefind-ignore
        >
          {collections.entry.eyebrow}
        </p>
        <PageTitle data-pagefind-weight="10">{title}</PageTitle>
        <Aliases aliases={entry.aliases} />
        <Lead data-pagefind-meta="description" data-pagefind-weight="5">
          {entry.description}
        </Lead>
        <div data-pagefind-ignore="all">
          <Byline
            author={entry.author}
            reviewer={entry.reviewer}
            updated={entry.updated}
            figuresChecked={oldestCheck(figures)}
          />
          <p className="mt-1 text-sm text-muted">
            Topic: <Link href={`/topics/${entry.category}`}>{topic.title}</Link>
          </p>
        </div>
      </header>
      <div className="text-lg/prose" data-print-urls>
        {children}
      </div>
      <DefinitionPreviews entries={linked} />
      <div data-pagefind-ignore="all">
        {explainers.length ? (
          <Section id="explainers" hideInPrint>
            <ExplainerList explainers={explainers} />
          </Section>
        ) : null}
        <SourceList sources={entry.sources} />
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
        <EntryActions doc={entry} />
        <p className="mt-10 border-l-4 border-line pl-4 text-sm text-muted">
          This entry is general education, not legal, tax or financial advice. Insurance rules vary
          by state; your state insurance department can tell you what applies where you live.
        </p>
      </div>
    </article>
  );
}
