import type { MDXComponents } from 'mdx/types';
import { BottomLine } from '@/components/mdx/BottomLine';
import { KeyTakeaways } from '@/components/mdx/KeyTakeaways';
import { ParticipantRoles } from '@/components/mdx/ParticipantRoles';
import { QuestionsToAsk } from '@/components/mdx/QuestionsToAsk';
import { Role } from '@/components/mdx/Role';
import { proseElements } from '@/components/prose';

/**
 * The one registry @next/mdx reads: every tag an editor may write (the
 * names and props are listed in src/lib/content/writer-tags.json, which the
 * compile guard and the content check enforce) and the styled HTML elements
 * a body is made of. Editors never import anything.
 */
const writerComponents = { KeyTakeaways, ParticipantRoles, Role, QuestionsToAsk, BottomLine };

const components: MDXComponents = { ...proseElements, ...writerComponents };

export function useMDXComponents(): MDXComponents {
  return components;
}
