import type { Entry } from './content/collections';
import { docPath } from './content/collections';
import { displayTitle } from './content/display';
import { shareImagePath } from './content/routes';
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

export function definedTerm(entry: Entry) {
  return {
    '@type': 'DefinedTerm',
    '@id': `${absoluteUrl(docPath('entry', entry.slug))}#term`,
    name: entry.title,
    description: entry.description,
    ...(entry.abbreviation ? { termCode: entry.abbreviation } : {}),
    ...(entry.aliases?.length ? { alternateName: entry.aliases } : {}),
    url: absoluteUrl(docPath('entry', entry.slug)),
    inDefinedTermSet: glossaryUrl,
  };
}

export function entryGraph(entry: Entry) {
  const url = absoluteUrl(docPath('entry', entry.slug));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      definedTerm(entry),
      {
        '@type': 'Article',
        '@id': `${url}#article`,
        headline: displayTitle(entry),
        description: entry.description,
        url,
        mainEntityOfPage: url,
        about: { '@id': `${url}#term` },
        author:
          entry.author === 'Editorial Team'
            ? editorialTeam
            : { '@type': 'Person', name: entry.author },
        ...(entry.reviewer ? { reviewedBy: { '@type': 'Person', name: entry.reviewer } } : {}),
        datePublished: entry.published,
        dateModified: entry.updated,
        publisher,
        image: absoluteUrl(shareImagePath('entry', entry.slug)),
        inLanguage: site.language,
      },
      breadcrumbs([
        ['Home', '/'],
        ['Glossary', '/glossary'],
        [displayTitle(entry), docPath('entry', entry.slug)],
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
