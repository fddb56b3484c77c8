import type { Metadata } from 'next';
import { collections, docPath, topicsOf, type Doc } from './content/collections';
import { displayTitle } from './content/display';
import { shareImagePath } from './content/routes';
import { topics } from './content/topics';
import { site } from './site';

/** A content page's title, description, canonical address, Open Graph article and share card, from its frontmatter. */
export function pageMetadata(doc: Doc): Metadata {
  const title = displayTitle(doc);
  const path = docPath(doc.kind, doc.slug);
  const image = shareImagePath(doc.kind, doc.slug);
  const topic = topicsOf(doc)[0];
  return {
    title,
    description: doc.description,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      title,
      description: doc.description,
      url: path,
      publishedTime: doc.published,
      modifiedTime: doc.updated,
      section: `${collections[doc.kind].indexTitle}: ${topics[topic].title}`,
      siteName: site.name,
      locale: site.locale,
      images: [{ url: image, width: 1200, height: 630, alt: title }],
    },
    // Cards take their title and description from the Open Graph tags.
    twitter: { card: 'summary_large_image', images: [image] },
  };
}
