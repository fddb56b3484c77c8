import { docPath } from '@/lib/content/collections';
import { getEntries } from '@/lib/content/store';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** The glossary as open data, for other sites and apps. Drafts are never in it. */
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
    })),
  });
}
