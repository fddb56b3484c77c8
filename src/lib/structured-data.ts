import { displayTitle } from './content/display';
import type { Term } from './content/load';
import { entryPath, shareImagePath } from './content/routes';
import { absoluteUrl, site } from './site';

/**
 * schema.org descriptions of pages, built from the same frontmatter the
 * visible page uses, so the two cannot disagree.
 */
const glossaryUrl = absoluteUrl('/glossary');

export const editorialTeam = { '@type': 'Organization', name: `${site.name} Editorial Team`, url: absoluteUrl('/about') };
const publisher = { '@type': 'Organization', name: site.publisher, url: absoluteUrl('/'), logo: absoluteUrl('/icon.svg') };

export function definedTerm(term: Term) {
  return {
    '@type': 'DefinedTerm',
    '@id': `${absoluteUrl(entryPath(term.slug))}#term`,
    name: term.title,
    description: term.description,
    ...(term.abbreviation ? { termCode: term.abbreviation } : {}),
    ...(term.aliases?.length ? { alternateName: term.aliases } : {}),
    url: absoluteUrl(entryPath(term.slug)),
    inDefinedTermSet: glossaryUrl,
  };
}

export function entryGraph(term: Term) {
  const url = absoluteUrl(entryPath(term.slug));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      definedTerm(term),
      {
        '@type': 'Article',
        '@id': `${url}#article`,
        headline: displayTitle(term),
        description: term.description,
        url,
        mainEntityOfPage: url,
        about: { '@id': `${url}#term` },
        author: term.author === 'Editorial Team' ? editorialTeam : { '@type': 'Person', name: term.author },
        ...(term.reviewer ? { reviewedBy: { '@type': 'Person', name: term.reviewer } } : {}),
        datePublished: term.published,
        dateModified: term.updated,
        publisher,
        image: absoluteUrl(shareImagePath(term.slug)),
        inLanguage: site.language,
      },
      breadcrumbs([
        ['Home', '/'],
        ['Glossary', '/glossary'],
        [displayTitle(term), entryPath(term.slug)],
      ]),
    ],
  };
}

export function glossaryGraph(terms: Term[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': glossaryUrl,
    name: `${site.name} insurance glossary`,
    description: site.description,
    url: glossaryUrl,
    inLanguage: site.language,
    publisher,
    hasDefinedTerm: terms.map(definedTerm),
  };
}

export function breadcrumbs(trail: [string, string][]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(([name, path], i) => ({ '@type': 'ListItem', position: i + 1, name, item: absoluteUrl(path) })),
  };
}
