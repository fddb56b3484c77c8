import { z } from 'zod';
import { topicSlugs } from '../topics';
import { datesInOrder, description, pageFields } from './fields';

const topicList = z
  .array(z.enum(topicSlugs, { error: `expected topics from: ${topicSlugs.join(', ')}` }), {
    error: 'expected a list of topics, like [medicare]',
  })
  .min(1, 'name at least one topic, so its topic page lists this');

/** What every explainer (guide or comparison) says about itself, besides the byline and sources. */
export const explainerFields = {
  title: z
    .string({ error: 'is required: the title readers see' })
    .trim()
    .min(1, 'must not be empty'),
  description: description('a one- or two-sentence summary of what the reader will learn'),
  topics: topicList,
  ...pageFields,
};

/**
 * A guide: a decision explained step by step, for one kind of reader. The
 * Guide type is inferred from this schema; unknown keys are errors.
 */
export const guideSchema = datesInOrder(
  z.strictObject({
    ...explainerFields,
    audience: z
      .string({ error: 'is required: who the guide is for, in one sentence' })
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'keep it to one sentence (at most 200 characters)'),
    decision: z
      .string({
        error:
          'is required: the choice the guide helps with, like "Which Medicare coverage to pick at 65"',
      })
      .trim()
      .min(1, 'must not be empty')
      .max(160, 'keep it short (at most 160 characters)'),
  }),
);

export type GuideFrontmatter = z.infer<typeof guideSchema>;
