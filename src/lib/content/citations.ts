import type { SourceKind } from './schema/publisher';

/**
 * A page's sources as readers see them: numbered in the order of the frontmatter, then
 * the figures table's sources in the order the page first shows them. Each knows the
 * citations (by their reading-order number `n`) that point at it.
 */
export interface CitedSource {
  number: number;
  /** The frontmatter id; figure sources have none. */
  id?: string;
  title: string;
  url: string;
  publisher?: string;
  /** Who publishes it and what kind of source it is, from content/publishers.yaml. */
  publisherName: string;
  kind: SourceKind;
  /** The reading-order numbers of the citations that point here. */
  citedBy: number[];
}

export interface PageCitations {
  sources: CitedSource[];
  /** Each citation's source number, by its reading-order number (the n the compile gives it). */
  numbers: Record<number, number>;
}

/** The id of a citation's link in the text, which its source links back to. */
export const citationAnchor = (n: number) => `cite-${n}`;
/** The id of a source in the page's list. */
export const sourceAnchor = (number: number) => `source-${number}`;

/** How a screen reader announces a citation: "Source 3: CMS, 2026 Medicare Parts A & B Premiums and Deductibles". */
export const citationName = (source: CitedSource) =>
  `Source ${source.number}: ${source.publisherName}, ${source.title}`;
