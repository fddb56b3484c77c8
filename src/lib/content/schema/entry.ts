import { z } from 'zod';
import { topicSlugs } from '../topics';
import { datesInOrder, description, entrySlug, pageFields } from './fields';

/**
 * The frontmatter of one glossary entry: the single source of truth. The
 * Entry type is inferred from it and unknown keys are errors, so a misspelt
 * key (`udpated:`) cannot slip through silently.
 */
export const entrySchema = datesInOrder(
  z.strictObject({
    title: z
      .string({ error: 'is required: the name of the term' })
      .trim()
      .min(1, 'must not be empty'),
    abbreviation: z.string().trim().min(1).max(12, 'keep abbreviations short, like IMO').optional(),
    aliases: z
      .array(z.string().trim().min(1), { error: 'expected a list, like [Medigap]' })
      .optional(),
    description: description('a one- or two-sentence definition'),
    category: z.enum(topicSlugs, { error: `expected one of: ${topicSlugs.join(', ')}` }),
    ...pageFields,
    related: z
      .array(entrySlug, { error: 'expected a list of entry slugs, like [annuity, premium]' })
      .default([]),
  }),
);

export type EntryFrontmatter = z.infer<typeof entrySchema>;
