import { z } from 'zod';
import { topicSlugs } from './topics';

/**
 * The frontmatter of one glossary entry. This object is the single source of
 * truth: the Term type is inferred from it and unknown keys are errors, so a
 * misspelt key (`udpated:`) cannot slip through silently.
 */

const isoDay = z
  .string({ error: 'expected a date like 2026-05-17' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date like 2026-05-17', abort: true })
  .refine((value) => isRealDay(value), 'is not a real calendar day');

export function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const source = z.strictObject({
  title: z.string().trim().min(1, 'give the title of the page or document'),
  url: z.url({ error: 'expected a full address like https://www.naic.org/...' }),
  publisher: z.string().trim().min(1).optional(),
});

const datePair = z.object({ published: isoDay, updated: isoDay });

export const frontmatterSchema = z
  .strictObject({
    title: z.string({ error: 'is required: the name of the term' }).trim().min(1, 'must not be empty'),
    abbreviation: z.string().trim().min(1).max(12, 'keep abbreviations short, like IMO').optional(),
    aliases: z.array(z.string().trim().min(1), { error: 'expected a list, like [Medigap]' }).optional(),
    description: z
      .string({ error: 'is required: a one- or two-sentence definition' })
      .trim()
      .min(1, 'must not be empty')
      .max(160, 'must be at most 160 characters (it is also the search-result snippet)'),
    category: z.enum(topicSlugs, {
      error: `expected one of: ${topicSlugs.join(', ')}`,
    }),
    author: z.string({ error: 'is required: the byline, e.g. Editorial Team' }).trim().min(1),
    reviewer: z.string().trim().min(1).optional(),
    published: isoDay,
    updated: isoDay,
    reviewBy: isoDay.optional(),
    status: z.enum(['published', 'draft']).default('published'),
    related: z
      .array(z.string().regex(slugPattern, 'expected an entry slug like term-life-insurance'), {
        error: 'expected a list of entry slugs, like [annuity, premium]',
      })
      .default([]),
    sources: z.array(source, { error: 'is required: a list of sources with title and url' }).min(1, 'list at least one source'),
  })
  .refine((fm) => fm.updated >= fm.published, {
    message: 'must not be earlier than published',
    path: ['updated'],
    // Compare the dates whenever both are valid, even if other fields are not, so every problem shows at once.
    when: (payload) => datePair.safeParse(payload.value).success,
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Source = Frontmatter['sources'][number];
