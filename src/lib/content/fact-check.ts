import type { Doc } from './collections';

/**
 * Where a page stands with its claim-by-claim fact-check: never done, done and still
 * true of the page, or done before a later change to what it tells readers.
 */
export type FactCheck =
  | { state: 'pending' }
  | { state: 'checked'; reviewed: string }
  | { state: 'changed'; reviewed: string; changed: string };

export function factCheck(doc: Pick<Doc, 'reviewed' | 'changes'>): FactCheck {
  if (!doc.reviewed) return { state: 'pending' };
  const changed = doc.changes
    .map((c) => c.date)
    .sort()
    .at(-1);
  return changed && changed > doc.reviewed
    ? { state: 'changed', reviewed: doc.reviewed, changed }
    : { state: 'checked', reviewed: doc.reviewed };
}

/**
 * The last day the page changed for a reader: its facts (`updated`) or its fact-check
 * date, which the byline shows. What the sitemap gives search engines.
 */
export function lastChanged(doc: Pick<Doc, 'updated' | 'reviewed'>): string {
  return doc.reviewed && doc.reviewed > doc.updated ? doc.reviewed : doc.updated;
}
