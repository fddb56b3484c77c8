import GithubSlugger from 'github-slugger';

/**
 * The sections a page gives itself, by id: the writer tags' labelled boxes
 * and the parts the page template adds (sources, related entries...). The
 * writer tags and page components take their heading and level from here,
 * the content check knows these ids exist (so `#sources` links resolve and a
 * writer's own heading cannot clash with one), and the citation links here.
 */
export const sections = {
  'key-takeaways': { heading: 'Key takeaways', level: 2 },
  'questions-to-ask': { heading: 'Questions to ask', level: 3 },
  'red-flags': { heading: 'Red flags', level: 2 },
  'bottom-line': { heading: 'The bottom line', level: 2 },
  'get-help': { heading: 'Who oversees this, and where to get help', level: 2 },
  sources: { heading: 'Sources', level: 2 },
  related: { heading: 'Related terms', level: 2 },
  mentions: { heading: 'Entries that mention this one', level: 2 },
  explainers: { heading: 'Guides and comparisons that explain this', level: 2 },
  'heard-in-a-pitch': { heading: 'Heard it in a pitch?', level: 2 },
  'terms-used': { heading: 'Terms used in this guide', level: 2 },
  history: { heading: 'History', level: 2 },
  cite: { heading: 'Cite this entry', level: 2 },
} as const satisfies Record<string, { heading: string; level: 2 | 3 }>;

export type SectionId = keyof typeof sections;
export const sectionIds = Object.keys(sections) as SectionId[];

/**
 * The id a writer tag gives the part it renders, from its caption or title:
 * "example-a-surrender-charge-in-year-3". The tag and the content check (for
 * #anchors) both use it.
 */
export function tagId(
  prefix: 'example' | 'timeline' | 'comparison' | 'money-flow',
  text: string,
): string {
  return `${prefix}-${new GithubSlugger().slug(text)}`;
}
