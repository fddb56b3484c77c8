import type { CitedSource } from './content/citations';
import {
  collections,
  docPath,
  type Doc,
  type Entry,
  type Explainer,
  type Kind,
} from './content/collections';
import { displayTitle } from './content/display';
import { internationalPhone } from './content/help';
import type { PageData } from './content/kinds';
import { shareImagePath } from './content/routes';
import type { Figure } from './content/schema/figure';
import type { SourcedValue, StateHelp } from './content/schema/help';
import { absoluteUrl, site } from './site';

/**
 * schema.org descriptions of pages, built from the same frontmatter the
 * visible page uses, so the two cannot disagree.
 */
const glossaryUrl = absoluteUrl('/glossary');

export const editorialTeam = {
  '@type': 'Organization',
  name: `${site.name} Editorial Team`,
  url: absoluteUrl('/about'),
};
const publisher = {
  '@type': 'Organization',
  name: site.publisher,
  url: absoluteUrl('/'),
  logo: absoluteUrl('/icon.svg'),
};

const termId = (slug: string) => `${absoluteUrl(docPath('entry', slug))}#term`;

export function definedTerm(entry: Entry) {
  return {
    '@type': 'DefinedTerm',
    '@id': termId(entry.slug),
    name: entry.title,
    description: entry.description,
    ...(entry.abbreviation ? { termCode: entry.abbreviation } : {}),
    ...(entry.aliases?.length ? { alternateName: entry.aliases } : {}),
    url: absoluteUrl(docPath('entry', entry.slug)),
    inDefinedTermSet: glossaryUrl,
  };
}

/** A page's sources as schema.org citations, in the page's numbering. */
function citation(sources: CitedSource[]) {
  return sources.map((s) => ({
    '@type': 'CreativeWork',
    name: s.title,
    url: s.url,
    publisher: { '@type': 'Organization', name: s.publisher ?? s.publisherName },
  }));
}

/** The Article every content page is, whatever its kind. */
function article(doc: Doc, about: object | object[], sources: CitedSource[]) {
  const url = absoluteUrl(docPath(doc.kind, doc.slug));
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: displayTitle(doc),
    description: doc.description,
    url,
    mainEntityOfPage: url,
    about,
    author:
      doc.author === 'Editorial Team' ? editorialTeam : { '@type': 'Person', name: doc.author },
    ...(doc.reviewer ? { reviewedBy: { '@type': 'Person', name: doc.reviewer } } : {}),
    datePublished: doc.published,
    dateModified: doc.updated,
    // The day every claim was last checked against its cited source.
    ...(doc.reviewed ? { lastReviewed: doc.reviewed } : {}),
    citation: citation(sources),
    publisher,
    image: absoluteUrl(shareImagePath(doc.kind, doc.slug)),
    inLanguage: site.language,
  };
}

/**
 * A content page's structured data, by kind: an entry is a DefinedTerm and an Article
 * about it; every other kind is an Article about the entries it explains or compares.
 */
const graphs = {
  entry: (doc: Entry, data: PageData<'entry'>) => entryGraph(doc, data.citations.sources),
  guide: (doc: Doc<'guide'>, data: PageData<'guide'>) =>
    explainerGraph(doc, data.linked, data.citations.sources),
  comparison: (doc: Doc<'comparison'>, data: PageData<'comparison'>) =>
    explainerGraph(doc, data.compared, data.citations.sources),
  pitch: (doc: Doc<'pitch'>, data: PageData<'pitch'>) =>
    explainerGraph(doc, data.linked, data.citations.sources),
} satisfies { [K in Kind]: (doc: Doc<K>, data: PageData<K>) => object };

export function pageGraph<K extends Kind>(doc: Doc<K>, data: PageData<K>): object {
  return (graphs[doc.kind] as (d: Doc<K>, p: PageData<K>) => object)(doc, data);
}

function entryGraph(entry: Entry, sources: CitedSource[]) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      definedTerm(entry),
      article(entry, { '@id': termId(entry.slug) }, sources),
      breadcrumbs([
        ['Home', '/'],
        ['Glossary', '/glossary'],
        [displayTitle(entry), docPath('entry', entry.slug)],
      ]),
    ],
  };
}

/** A guide or comparison: an Article about the terms it explains; a comparison's are the entries it compares. */
function explainerGraph(doc: Explainer, terms: Entry[], sources: CitedSource[]) {
  const { index, crumb } = collections[doc.kind];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      article(
        doc,
        terms.map((t) => ({
          '@type': 'DefinedTerm',
          '@id': termId(t.slug),
          name: t.title,
          url: absoluteUrl(docPath('entry', t.slug)),
        })),
        sources,
      ),
      breadcrumbs([
        ['Home', '/'],
        [crumb, index],
        [doc.title, docPath(doc.kind, doc.slug)],
      ]),
    ],
  };
}

export function glossaryGraph(entries: Entry[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': glossaryUrl,
    name: `${site.name} insurance glossary`,
    description: site.description,
    url: glossaryUrl,
    inLanguage: site.language,
    publisher,
    hasDefinedTerm: entries.map(definedTerm),
  };
}

export function breadcrumbs(trail: [string, string][]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(([name, path], i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
      item: absoluteUrl(path),
    })),
  };
}

/** The figures table as a schema.org Dataset, the open JSON (every figure, every year) its download. */
export function figuresGraph(figures: Figure[]) {
  const checked = figures.flatMap((f) => f.values.map((v) => v.checked)).sort();
  const years = figures
    .flatMap((f) => f.values.flatMap((v) => (v.year === undefined ? [] : [v.year])))
    .sort((a, b) => a - b);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': absoluteUrl('/figures'),
    name: `${site.name} key insurance and Medicare figures`,
    description:
      'Amounts, rates and time limits for Medicare, life insurance, annuities and insurance sales, each with the year it applies to, its primary source and the day it was last checked.',
    url: absoluteUrl('/figures'),
    creator: publisher,
    inLanguage: site.language,
    ...(checked.length ? { dateModified: checked.at(-1) } : {}),
    // The figures themselves, every year of each with its source, are the download below and the
    // page's own tables. Listing them here too (as variableMeasured) was a third of the page's
    // weight, 6.8 KB of 26 KB gzipped, sent to every phone for machines that can read the download.
    ...(years.length ? { temporalCoverage: `${years[0]}/${years.at(-1)}` } : {}),
    distribution: {
      '@type': 'DataDownload',
      encodingFormat: 'application/json',
      contentUrl: absoluteUrl('/api/glossary.json'),
    },
  };
}

/** A state's help page: the agencies it lists, as government organizations with their contact points. */
export function stateGraph(state: StateHelp) {
  const org = (
    group: { name?: SourcedValue; website?: SourcedValue; phone?: SourcedValue } | undefined,
    what: string,
  ) =>
    group?.name
      ? [
          {
            '@type': 'GovernmentOrganization',
            name: group.name.value,
            ...(group.website ? { url: group.website.value } : {}),
            areaServed: state.name,
            ...(group.phone
              ? {
                  contactPoint: {
                    '@type': 'ContactPoint',
                    telephone: internationalPhone(group.phone.value),
                    contactType: what,
                    areaServed: state.state,
                  },
                }
              : {}),
          },
        ]
      : [];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      ...org(state.insurance, 'consumer complaints and questions about insurance'),
      ...org(state.ship, 'free Medicare counseling'),
      ...org(state.securities, 'investor complaints'),
      breadcrumbs([
        ['Home', '/'],
        ['Get help', '/help'],
        [state.name, `/help/${state.state.toLowerCase()}`],
      ]),
    ],
  };
}
