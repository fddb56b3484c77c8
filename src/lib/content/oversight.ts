import { topicsOf, type Doc } from './collections';
import type { RegulatorKind } from './schema/help';
import type { TopicSlug } from './topics';

/**
 * Who oversees what a page is about, by its topics, unless its frontmatter names the
 * regulators itself (`oversight:`, for a variable annuity, say, which the SEC and FINRA
 * oversee as well as the state). A closed list: src/lib/content/schema/help.ts.
 */
const byTopic = {
  'distribution-and-advice': ['state-insurance', 'sec-finra'],
  'life-insurance': ['state-insurance'],
  annuities: ['state-insurance'],
  // CMS sets the rules for Medicare plans and their marketing; the state licenses the agents.
  medicare: ['cms', 'state-insurance'],
  'coverage-basics': ['state-insurance'],
} as const satisfies Record<TopicSlug, readonly RegulatorKind[]>;

export function oversightOf(doc: Doc): RegulatorKind[] {
  if (doc.oversight) return doc.oversight;
  return [...new Set(topicsOf(doc).flatMap((t) => byTopic[t]))];
}
