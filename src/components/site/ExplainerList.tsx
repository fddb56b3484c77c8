import Link from 'next/link';
import {
  collections,
  docPath,
  type Explainer,
  type ExplainerKind,
} from '@/lib/content/collections';
import { listSummary } from './kinds';

const summaryOf = <K extends ExplainerKind>(doc: Explainer & { kind: K }) =>
  (listSummary[doc.kind] as (d: typeof doc) => string)(doc);

/** Guides and comparisons as a list: the kind, the title and what the reader will learn. */
export function ExplainerList({
  explainers,
  describe = 'description',
}: {
  explainers: Explainer[];
  describe?: 'description' | 'audience';
}) {
  return (
    <ul className="mt-4 flex flex-col gap-4">
      {explainers.map((doc) => (
        <li key={docPath(doc.kind, doc.slug)}>
          <p className="text-sm font-semibold tracking-wider text-accent uppercase">
            {collections[doc.kind].eyebrow}
          </p>
          <Link href={docPath(doc.kind, doc.slug)} className="font-semibold">
            {doc.title}
          </Link>
          <p className="text-muted">{describe === 'audience' ? summaryOf(doc) : doc.description}</p>
        </li>
      ))}
    </ul>
  );
}
