import { getTerms } from '@/lib/content/load';
import { entryPath } from '@/lib/content/routes';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** The glossary as open data, for other sites and apps. Drafts are never in it. */
export function GET() {
  return Response.json({
    name: `${site.name} insurance glossary`,
    url: absoluteUrl('/glossary'),
    terms: getTerms().map((t) => ({
      slug: t.slug,
      title: t.title,
      abbreviation: t.abbreviation ?? null,
      aliases: t.aliases ?? [],
      definition: t.description,
      url: absoluteUrl(entryPath(t.slug)),
      category: t.category,
      published: t.published,
      updated: t.updated,
    })),
  });
}
