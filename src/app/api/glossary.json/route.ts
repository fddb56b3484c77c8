import { docPath } from '@/lib/content/collections';
import type { Doc } from '@/lib/content/collections';
import { formatFigure, pickValue } from '@/lib/content/figures';
import {
  citationsOf,
  entriesLinkedFrom,
  getDocs,
  getEntries,
  getFigures,
} from '@/lib/content/store';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** The glossary, guides and comparisons as open data, for other sites and apps. Drafts are never in it. */
export function GET() {
  return Response.json({
    name: `${site.name} insurance glossary`,
    url: absoluteUrl('/glossary'),
    terms: getEntries().map((e) => ({
      slug: e.slug,
      title: e.title,
      abbreviation: e.abbreviation ?? null,
      aliases: e.aliases ?? [],
      definition: e.description,
      url: absoluteUrl(docPath('entry', e.slug)),
      category: e.category,
      published: e.published,
      updated: e.updated,
      ...checkedSources(e),
    })),
    guides: getDocs('guide').map((g) => ({
      slug: g.slug,
      title: g.title,
      summary: g.description,
      audience: g.audience,
      decision: g.decision,
      url: absoluteUrl(docPath('guide', g.slug)),
      topics: g.topics,
      terms: entriesLinkedFrom(g).map((e) => e.slug),
      published: g.published,
      updated: g.updated,
      ...checkedSources(g),
    })),
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
    comparisons: getDocs('comparison').map((c) => ({
      slug: c.slug,
      title: c.title,
      summary: c.description,
      compares: c.compares,
      url: absoluteUrl(docPath('comparison', c.slug)),
      topics: c.topics,
      published: c.published,
      updated: c.updated,
      ...checkedSources(c),
    })),
  });
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
