/**
 * The five topics every entry belongs to. The slug is the URL segment
 * (/topics/<slug>) and the value an editor writes in `category:`.
 */
export const topics = {
  'distribution-and-advice': {
    title: 'Distribution and advice',
    intro:
      'Who sells insurance and annuities, how they are licensed and paid, and the rules that say their advice must put your interests first.',
  },
  'life-insurance': {
    title: 'Life insurance',
    intro:
      'The kinds of life insurance, how a policy is priced and paid for, and the parts of a contract that matter when you buy, keep or change one.',
  },
  annuities: {
    title: 'Annuities',
    intro:
      'Contracts that turn savings into income: how the main types work, what they cost and what it takes to get your money out.',
  },
  medicare: {
    title: 'Medicare',
    intro:
      'The federal health insurance program for people 65 and older and some younger people with disabilities: its parts, the private plans that work with it and the enrollment windows.',
  },
  'coverage-basics': {
    title: 'Coverage basics',
    intro:
      'The words for who pays what when you use your coverage, and the safety net that stands behind an insurer that fails.',
  },
} as const;

export type TopicSlug = keyof typeof topics;
export const topicSlugs = Object.keys(topics) as [TopicSlug, ...TopicSlug[]];

/** A topic by its URL segment, if there is one. */
export function findTopic(slug: string) {
  return slug in topics ? { slug: slug as TopicSlug, ...topics[slug as TopicSlug] } : undefined;
}
