import {
  collections,
  docPath,
  kinds,
  topicsOf,
  type Doc,
  type Kind,
} from '@/lib/content/collections';
import { formatFigure, pickValue } from '@/lib/content/figures';
import { apiFields } from '@/lib/content/kinds';
import {
  citationsOf,
  entriesLinkedFrom,
  getDocs,
  getFigures,
  getNational,
  getStates,
} from '@/lib/content/store';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** The glossary, guides and comparisons as open data, for other sites and apps. Drafts are never in it. */
export function GET() {
  return Response.json({
    name: `${site.name} insurance glossary`,
    url: absoluteUrl('/glossary'),
    // One list per kind of page (terms, guides, comparisons ...), each page with its own fields.
    ...Object.fromEntries(
      kinds.map((kind) => [collections[kind].api, getDocs(kind).map(pageRecord)]),
    ),
    figures: getFigures().map((f) => ({
      id: f.id,
      program: f.program,
      label: f.label,
      unit: f.unit,
      text: formatFigure(pickValue(f)!),
      // Newest first: one value per year for a yearly figure, one for a standing rule.
      values: f.values.map((v) => ({
        value: v.value,
        ...(v.year !== undefined ? { year: v.year } : { effective: v.effective }),
        source: v.source,
        checked: v.checked,
      })),
      nextUpdate: f.nextUpdate,
      url: absoluteUrl(`/figures#${f.id}`),
    })),
    // The help directory as open data: every value with the official page it came from.
    help: {
      states: getStates().map((s) => ({
        ...s,
        url: absoluteUrl(`/help/${s.state.toLowerCase()}`),
      })),
      national: getNational() ?? null,
    },
  });
}

/** One page as open data: what every page has, then its kind's own fields. */
function pageRecord<K extends Kind>(doc: Doc<K>) {
  const own = (apiFields[doc.kind] as (d: Doc<K>) => object)(doc);
  return {
    slug: doc.slug,
    title: doc.title,
    ...own,
    url: absoluteUrl(docPath(doc.kind, doc.slug)),
    topics: topicsOf(doc),
    terms: entriesLinkedFrom(doc).map((e) => e.slug),
    published: doc.published,
    updated: doc.updated,
    ...checkedSources(doc),
  };
}

/** When every claim was last checked, and the sources in the page's own numbering. */
function checkedSources(doc: Doc) {
  return {
    reviewed: doc.reviewed ?? null,
    sources: citationsOf(doc).sources.map((s) => ({
      number: s.number,
      title: s.title,
      url: s.url,
      publisher: s.publisher ?? s.publisherName,
      kind: s.kind,
    })),
  };
}
