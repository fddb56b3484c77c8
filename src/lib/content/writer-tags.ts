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
  /** What it must hold to be worth showing: list points, child tags, words, a table or a link. */
  contains?: {
    items?: number;
    tag?: string;
    count?: number;
    words?: number;
    table?: boolean;
    link?: boolean;
  };
}

/** The name of every writer tag: the registry must give each one a component, and no other. */
export type TagName = keyof typeof list.tags;
export const writerTags = list.tags as Record<TagName, TagSpec>;
export const tagNames = Object.keys(writerTags) as TagName[];
