/**
 * The tags an editor may write in an entry, with the props each accepts.
 * The content check enforces this list and the MDX registry in
 * src/components/mdx implements it; a unit test keeps the two in step.
 */
export interface TagSpec {
  props: Record<string, { required: boolean; description: string }>;
  /** The tag this one must sit inside, if any. */
  parent?: string;
  /** The heading level the tag renders, which the structure rule takes into account. */
  headingLevel?: 2 | 3;
}

export const writerTags: Record<string, TagSpec> = {
  KeyTakeaways: { props: {}, headingLevel: 2 },
  ParticipantRoles: {
    props: { caption: { required: true, description: 'a one-line title for the table' } },
  },
  Role: {
    props: { name: { required: true, description: 'the participant, like Carrier or Agent' } },
    parent: 'ParticipantRoles',
  },
  QuestionsToAsk: { props: {}, headingLevel: 3 },
  BottomLine: { props: {}, headingLevel: 2 },
};

/** Sections every entry must have. */
export const requiredTags = ['KeyTakeaways', 'BottomLine'];

/** Ids the entry page gives the sections it renders itself, so `#sources` links resolve. */
export const pageAnchors = ['key-takeaways', 'questions-to-ask', 'bottom-line', 'sources', 'related', 'mentions', 'cite'];
