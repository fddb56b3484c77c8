import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import { BottomLine } from '@/components/mdx/BottomLine';
import { Comparison } from '@/components/mdx/Comparison';
import { Example } from '@/components/mdx/Example';
import { Figure } from '@/components/mdx/Figure';
import { KeyTakeaways } from '@/components/mdx/KeyTakeaways';
import { MoneyFlow } from '@/components/mdx/MoneyFlow';
import { ParticipantRoles } from '@/components/mdx/ParticipantRoles';
import { Pays } from '@/components/mdx/Pays';
import { QuestionsToAsk } from '@/components/mdx/QuestionsToAsk';
import { RedFlags } from '@/components/mdx/RedFlags';
import { Role } from '@/components/mdx/Role';
import { SeeAlso } from '@/components/mdx/SeeAlso';
import { Step } from '@/components/mdx/Step';
import { Timeline } from '@/components/mdx/Timeline';
import { proseElements } from '@/components/prose';
import type { TagName } from '@/lib/content/writer-tags';

/**
 * The one registry @next/mdx reads: every tag an editor may write (the
 * names and props are listed in src/lib/content/writer-tags.json, which the
 * compile guard and the content check enforce) and the styled HTML elements
 * a body is made of. Editors never import anything.
 */
const writerComponents = {
  KeyTakeaways,
  ParticipantRoles,
  Role,
  QuestionsToAsk,
  RedFlags,
  BottomLine,
  SeeAlso,
  Comparison,
  Example,
  Timeline,
  Step,
  MoneyFlow,
  Pays,
  // Shown from the figures table, which each page's route passes in (src/components/site/BodyComponents.tsx).
  Figure,
  // One component per tag in writer-tags.json, no more and no fewer: a tag added there without
  // its component here, or a component with no tag there, does not compile.
} satisfies Record<TagName, ComponentType<never>>;

const components: MDXComponents = { ...proseElements, ...writerComponents };

export function useMDXComponents(): MDXComponents {
  return components;
}
