import type { ReactNode } from 'react';
import {
  collections,
  docPath,
  type Explainer,
  type ExplainerKind,
} from '@/lib/content/collections';
import type { PageData } from '@/lib/content/kinds';
import { ArticleBody } from './ArticleBody';
import { ArticleEnd } from './ArticleEnd';
import { ArticleHeader } from './ArticleHeader';
import { Breadcrumbs } from './Breadcrumbs';
import { EntryList } from './EntryList';
import { HelpBox } from './HelpBox';
import { History } from './History';
import { ExplainerIntro } from './kinds';
import { Section } from './Section';
import { SourceList } from './SourceList';

interface Props {
  doc: Explainer;
  /** What the route looked up for it: previews, figures, citations and its kind's extras. */
  data: PageData<ExplainerKind>;
  children: ReactNode;
}

/** A guide, comparison or other explainer: what it is about, the MDX body, the terms it uses with their definitions, its sources. */
export function ExplainerArticle({ doc, data, children }: Props) {
  const { linked, figures, citations } = data;
  const { eyebrow, index, crumb } = collections[doc.kind];
  return (
    <article data-pagefind-body data-pagefind-meta={`kind:${eyebrow}`}>
      <Breadcrumbs
        trail={[
          { name: 'Home', href: '/' },
          { name: crumb, href: index },
          { name: doc.title, href: docPath(doc.kind, doc.slug) },
        ]}
      />
      <ArticleHeader doc={doc} title={doc.title} figures={figures}>
        <ExplainerIntro doc={doc} data={data} />
      </ArticleHeader>
      <ArticleBody linked={linked}>{children}</ArticleBody>
      <div data-pagefind-ignore="all">
        {linked.length ? (
          <Section id="terms-used" heading={`Terms used in this ${collections[doc.kind].noun}`}>
            <EntryList entries={linked} />
          </Section>
        ) : null}
        <HelpBox {...data.help} />
        <SourceList sources={citations.sources} />
        <History doc={doc} />
        <ArticleEnd doc={doc} />
      </div>
    </article>
  );
}
