import type { Metadata } from 'next';
import { collections, docPath, type Doc } from './content/collections';
import { displayTitle } from './content/display';
import { shareImagePath } from './content/routes';
import { topics } from './content/topics';
import { site } from './site';

/** A content page's title, description, canonical address, Open Graph article and share card, from its frontmatter. */
export function pageMetadata(doc: Doc): Metadata {
  const title = displayTitle(doc);
  const path = docPath(doc.kind, doc.slug);
  const image = shareImagePath(doc.kind, doc.slug);
  const topic = doc.kind === 'entry' ? doc.category : doc.topics[0];
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
      section:
        doc.kind === 'entry'
          ? topics[topic].title
          : `${collections[doc.kind].eyebrow}s: ${topics[topic].title}`,
      siteName: site.name,
      locale: site.locale,
      images: [{ url: image, width: 1200, height: 630, alt: title }],
    },
    // Cards take their title and description from the Open Graph tags.
    twitter: { card: 'summary_large_image', images: [image] },
  };
}
