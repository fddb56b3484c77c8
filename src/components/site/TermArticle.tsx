import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Term } from '@/lib/content/load';
import { displayTitle } from '@/lib/content/display';
import { entryPath } from '@/lib/content/routes';
import { topics } from '@/lib/content/topics';
import { Aliases } from './Aliases';
import { Breadcrumbs } from './Breadcrumbs';
import { Byline } from './Byline';
import { CiteThisEntry } from './CiteThisEntry';
import { EntryActions } from './EntryActions';
import { DefinitionPreviews } from './DefinitionPreviews';
import { SourceList } from './SourceList';
import { TermList } from './TermList';

interface Props {
  term: Term;
  related: Term[];
  /** Entries whose bodies link to this one. */
  mentions: Term[];
  /** Entries this body links to, whose definitions open as previews. */
  linked: Term[];
  children: ReactNode;
}

/** An entry page: heading block, the MDX body, then sources, related entries and backlinks. */
export function TermArticle({ term, related, mentions, linked, children }: Props) {
  const topic = topics[term.category];
  const title = displayTitle(term);
  // data-pagefind-meta: how many entries mention this one; search breaks ties between equally good names with it.
  return (
    <article className="page entry" data-pagefind-body data-pagefind-meta={`mentions:${mentions.length}`}>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Glossary', href: '/glossary' },
          { name: title, href: entryPath(term.slug) },
        ]}
      />
      <header className="entry-header">
        <p className="eyebrow" data-pagefind-ignore>
          Glossary term
        </p>
        <h1 data-pagefind-weight="10">{title}</h1>
        <Aliases aliases={term.aliases} />
        <p className="lead" data-pagefind-meta="description" data-pagefind-weight="5">
          {term.description}
        </p>
        <div data-pagefind-ignore="all">
          <Byline author={term.author} reviewer={term.reviewer} updated={term.updated} />
          <p className="topic-link">
            Topic: <Link href={`/topics/${term.category}`}>{topic.title}</Link>
          </p>
        </div>
      </header>
      <div className="prose-body">{children}</div>
      <DefinitionPreviews terms={linked} />
      <div data-pagefind-ignore="all">
        <SourceList sources={term.sources} />
        {related.length ? (
          <section aria-labelledby="related" className="related">
            <h2 id="related">Related terms</h2>
            <TermList terms={related} />
          </section>
        ) : null}
        {mentions.length ? (
          <section aria-labelledby="mentions" className="related">
            <h2 id="mentions">Entries that mention {title}</h2>
            <ul className="mentions">
              {mentions.map((m) => (
                <li key={m.slug}>
                  <Link href={entryPath(m.slug)}>{displayTitle(m)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <CiteThisEntry term={term} />
        <EntryActions term={term} />
        <p className="disclaimer">
          This entry is general education, not legal, tax or financial advice. Insurance rules vary by state; your state insurance
          department can tell you what applies where you live.
        </p>
      </div>
    </article>
  );
}
