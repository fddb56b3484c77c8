import Link from 'next/link';
import type { ReactNode } from 'react';
import { collections, docPath, type Entry, type Explainer } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import type { PageData } from '@/lib/content/kinds';
import type { SectionId } from '@/lib/content/sections';
import { ArticleBody } from './ArticleBody';
import { ArticleEnd } from './ArticleEnd';
import { ArticleHeader } from './ArticleHeader';
import { Breadcrumbs } from './Breadcrumbs';
import { CiteThisEntry } from './CiteThisEntry';
import { EntryList } from './EntryList';
import { ExplainerList } from './ExplainerList';
import { HelpBox } from './HelpBox';
import { History } from './History';
import { Section } from './Section';
import { SourceList } from './SourceList';

interface Props {
  doc: Entry;
  /** What the route looked up for it: previews, figures, citations, related entries and backlinks. */
  data: PageData<'entry'>;
  children: ReactNode;
}

/** An entry page: heading block, the MDX body, then sources, related entries and backlinks. */
export function EntryArticle({ doc: entry, data, children }: Props) {
  const { related, mentions, explainers, linked, figures, citations } = data;
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
        {backlinkSections(explainers).map(([id, pages]) => (
          <Section key={id} id={id} hideInPrint>
            <ExplainerList explainers={pages} />
          </Section>
        ))}
        <HelpBox {...data.help} />
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

/** The pages of other kinds that use this entry, grouped in the sections their kinds name. */
function backlinkSections(pages: Explainer[]): [SectionId, Explainer[]][] {
  const groups = new Map<SectionId, Explainer[]>();
  for (const page of pages) {
    const id = collections[page.kind].backlinks;
    groups.set(id, [...(groups.get(id) ?? []), page]);
  }
  return [...groups];
}
