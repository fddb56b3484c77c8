import { collections, docPath, explainerKinds } from '@/lib/content/collections';
import { displayTitle } from '@/lib/content/display';
import { getDocs, getEntries, getStates } from '@/lib/content/store';
import { topics, topicSlugs } from '@/lib/content/topics';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** A plain-text map of the site for language models (the llms.txt convention). */
export function GET() {
  const entries = getEntries();
  const lines = [
    `# ${site.name}`,
    '',
    `> ${site.description} Entries are general education, not advice; insurance rules vary by state.`,
    '',
    `Each entry gives a definition, key takeaways, questions to ask and its primary sources; guides explain a decision step by step and comparisons set two or three options side by side. The whole glossary, guides and comparisons are also available as JSON: ${absoluteUrl('/api/glossary.json')}`,
    '',
    ...explainerKinds.flatMap((kind) => {
      const docs = getDocs(kind);
      if (!docs.length) return [];
      return [
        `## ${collections[kind].indexTitle}`,
        '',
        ...docs.map(
          (d) => `- [${d.title}](${absoluteUrl(docPath(kind, d.slug))}): ${d.description}`,
        ),
        '',
      ];
    }),
    ...topicSlugs.flatMap((slug) => [
      `## ${topics[slug].title}`,
      '',
      ...entries
        .filter((t) => t.category === slug)
        .map(
          (t) =>
            `- [${displayTitle(t)}](${absoluteUrl(docPath('entry', t.slug))}): ${t.description}`,
        ),
      '',
    ]),
    '## Where to get help',
    '',
    `- [Where to get help](${absoluteUrl('/help')}): who oversees insurance, annuities and Medicare, and where to complain, by problem`,
    ...getStates().map(
      (s) => `- [Help in ${s.name}](${absoluteUrl(`/help/${s.state.toLowerCase()}`)})`,
    ),
    '',
    '## About',
    '',
    `- [Editorial policy](${absoluteUrl('/editorial-policy')}): how entries are researched, checked and corrected`,
    `- [How we make money](${absoluteUrl('/how-we-make-money')})`,
    '',
  ];
  return new Response(lines.join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
