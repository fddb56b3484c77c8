import type { SectionId } from './sections';
import list from './writer-tags.json' with { type: 'json' };

/**
 * The writer tags, typed, from writer-tags.json: the one list that the
 * compile guard, the content check and src/mdx-components.tsx all follow.
 */
export interface TagSpec {
  props: Record<string, { required: boolean; description: string; pattern?: string }>;
  /** The tag this one must sit inside, if any. */
  parent?: string;
  /** The page section the tag renders (its heading and level come from sections.ts). */
  section?: SectionId;
  /** The heading level a tag with a heading of its own renders, when it is not a page section. */
  headingLevel?: 2 | 3;
}

export const writerTags: Record<string, TagSpec> = list.tags as Record<string, TagSpec>;
export const tagNames = Object.keys(writerTags);
