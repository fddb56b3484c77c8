import type { z } from 'zod';
import { comparisonSchema } from './schema/comparison';
import { entrySchema } from './schema/entry';
import { guideSchema } from './schema/guide';
import { pitchSchema } from './schema/pitch';
import type { SectionId } from './sections';
import type { TopicSlug } from './topics';

/**
 * The kinds of page that live in content/, one definition each: the folder
 * its files are in, the schema of their frontmatter, the address of a page,
 * the template new files start from and the writer tags every page of the
 * kind must have. The loader, the check and the store work from this list,
 * so a new kind of page is one more definition here, not a copy of them.
 */
export interface Collection {
  /** The folder under content/ (and the URL segment). */
  folder: string;
  /** What one page of this kind is called, in messages to editors. */
  noun: string;
  plural: string;
  /** What a page of this kind is, as its page and share card label it. */
  eyebrow: string;
  schema: z.ZodType;
  /** The list page for the kind: its address, heading and lead. */
  index: string;
  indexTitle: string;
  /** The index page's name in breadcrumbs. */
  crumb: string;
  lead: string;
  /** The key of the kind's list in /api/glossary.json. */
  api: string;
  /** Its link in the site header: a word or two, so the header fits two rows on a phone. */
  nav: string;
  /** For kinds other than entries: the section of an entry page that lists pages of this kind
   * linking to it, and the heading on the home page that invites readers in. */
  backlinks?: SectionId;
  invite?: string;
  /** What `npm run new-...` copies. */
  template: string;
  /** The parts every page of this kind must have, in this order. */
  outline: OutlineStep[];
}

/** One required part of a page: a writer's `##` heading with exactly these words, or a writer tag. */
export type OutlineStep = { heading: string } | { tag: string };

export const collections = {
  entry: {
    folder: 'glossary',
    noun: 'entry',
    plural: 'entries',
    eyebrow: 'Glossary term',
    schema: entrySchema,
    index: '/glossary',
    indexTitle: 'Glossary A–Z',
    crumb: 'Glossary',
    lead: 'Every term we explain, with its definition. Choose a term to read the full entry.',
    api: 'terms',
    nav: 'Glossary',
    template: 'content/_template.mdx',
    outline: [{ tag: 'KeyTakeaways' }, { tag: 'BottomLine' }],
  },
  guide: {
    folder: 'guides',
    noun: 'guide',
    plural: 'guides',
    eyebrow: 'Guide',
    schema: guideSchema,
    index: '/guides',
    indexTitle: 'Guides',
    crumb: 'Guides',
    lead: 'Step-by-step explanations of the decisions people face with Medicare, life insurance and annuities: who is involved, who is paid, what to ask and what to watch for.',
    api: 'guides',
    nav: 'Guides',
    backlinks: 'explainers',
    invite: 'Start here: guides by situation',
    template: 'content/_template-guide.mdx',
    // The order of a regulator's buyer's guide: who it is for, the steps, who is paid, the
    // options, a worked example, the state differences, then questions, red flags, the summary.
    outline: [
      { heading: 'Who this is for' },
      { heading: 'Step by step' },
      { heading: 'Who is involved and how they are paid' },
      { heading: 'Your options' },
      { heading: 'An example' },
      { heading: 'What varies by state' },
      { tag: 'QuestionsToAsk' },
      { tag: 'RedFlags' },
      { tag: 'BottomLine' },
    ],
  },
  comparison: {
    folder: 'compare',
    noun: 'comparison',
    plural: 'comparisons',
    eyebrow: 'Comparison',
    schema: comparisonSchema,
    index: '/compare',
    indexTitle: 'Comparisons',
    crumb: 'Comparisons',
    lead: 'Options that are easy to mix up, side by side: how each works, what it costs, who is paid, and when each one fits.',
    api: 'comparisons',
    nav: 'Compare',
    backlinks: 'explainers',
    invite: 'Compare options side by side',
    template: 'content/_template-comparison.mdx',
    outline: [
      { tag: 'Comparison' },
      { heading: 'When each fits' },
      { tag: 'QuestionsToAsk' },
      { tag: 'BottomLine' },
    ],
  },
  pitch: {
    folder: 'decoder',
    noun: 'pitch',
    plural: 'pitches',
    eyebrow: 'Sales pitch decoded',
    schema: pitchSchema,
    index: '/decoder',
    indexTitle: 'Sales pitch decoder',
    crumb: 'Decoder',
    lead: 'Phrases people hear from sellers of annuities, life insurance and Medicare plans: what each usually means, the rules that apply, when it can be true, and who to call.',
    api: 'pitches',
    nav: 'Decoder',
    backlinks: 'heard-in-a-pitch',
    invite: 'Heard it in a pitch?',
    template: 'content/_template-pitch.mdx',
    // What a reader needs the evening after a sales meeting, in the order they need it.
    outline: [
      { heading: 'What it usually means' },
      { heading: 'The terms behind it' },
      { heading: 'What the rules say' },
      { heading: 'When it can be true' },
      { tag: 'RedFlags' },
      { tag: 'QuestionsToAsk' },
      { heading: 'Who to call' },
      { tag: 'BottomLine' },
    ],
  },
} as const satisfies Record<string, Collection>;

export type Kind = keyof typeof collections;
export const kinds = Object.keys(collections) as Kind[];

/** A page of one kind as the site knows it: its frontmatter, validated, plus where it came from. */
export type Doc<K extends Kind = Kind> = K extends Kind
  ? z.infer<(typeof collections)[K]['schema']> & {
      kind: K;
      slug: string;
      /** Path relative to the project root, as editors see it in messages. */
      file: string;
    }
  : never;

export type Entry = Doc<'entry'>;
export type Guide = Doc<'guide'>;
export type ComparisonPage = Doc<'comparison'>;
/** Every kind but entries: pages that explain a decision or a situation rather than one word. */
export type ExplainerKind = Exclude<Kind, 'entry'>;
export type Explainer = Doc<ExplainerKind>;
export const explainerKinds = kinds.filter((k): k is ExplainerKind => k !== 'entry');

/** The topics a page belongs to: an entry's category, or an explainer's topics. */
export function topicsOf(doc: Doc): TopicSlug[] {
  return doc.kind === 'entry' ? [doc.category] : doc.topics;
}

/** The kind whose pages live under a URL segment (/glossary, /guides ...), if any. */
export function kindOfFolder(folder: string): Kind | undefined {
  return kinds.find((k) => collections[k].folder === folder);
}

/** The address of a page: /glossary/<slug> for entries. */
export function docPath(kind: Kind, slug: string): string {
  return `/${collections[kind].folder}/${slug}`;
}

/** The kind and slug a site path points at (a #section allowed), if it is a content page. */
export function parseDocPath(url: string): { kind: Kind; slug: string } | undefined {
  const match = url.match(/^\/([a-z]+)\/([a-z0-9-]+)(?:#.*)?$/);
  const kind = match ? kindOfFolder(match[1]) : undefined;
  return kind && match ? { kind, slug: match[2] } : undefined;
}
