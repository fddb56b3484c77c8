import { z } from 'zod';
import { regulatorKinds } from './regulators';

/**
 * Fields every kind of page shares. Dates are plain calendar days: the
 * YAML 1.2 core schema leaves `2026-05-17` a string, so a day never shifts
 * with a time zone.
 */
export const isoDay = z
  .string({ error: 'expected a date like 2026-05-17' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date like 2026-05-17', abort: true })
  .refine((value) => isRealDay(value), 'is not a real calendar day');

export function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entrySlug = z
  .string()
  .regex(slugPattern, 'expected an entry slug like term-life-insurance');

/** A source's short name, which a sentence cites as [^name]. */
export const sourceIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const source = z.strictObject({
  id: z
    .string()
    .regex(
      sourceIdPattern,
      'expected a short name in lowercase words joined by hyphens, like cms-2026-premiums; sentences cite it as [^cms-2026-premiums]',
    )
    .optional(),
  title: z.string().trim().min(1, 'give the title of the page or document'),
  url: z.url({ error: 'expected a full address like https://www.naic.org/...' }),
  publisher: z.string().trim().min(1).optional(),
});
export type Source = z.infer<typeof source>;

const datePair = z.object({ published: isoDay, updated: isoDay });

/** The byline, dates, status and sources: the same on every kind of page. */
export const pageFields = {
  author: z.string({ error: 'is required: the byline, e.g. Editorial Team' }).trim().min(1),
  reviewer: z.string().trim().min(1).optional(),
  published: isoDay,
  updated: isoDay,
  reviewBy: isoDay.optional(),
  /** The day every claim on the page was last checked against the source it cites. */
  reviewed: isoDay.optional(),
  /** Who oversees what the page is about, when its topics alone would say it wrongly. */
  oversight: z
    .array(z.enum(regulatorKinds, { error: `expected any of: ${regulatorKinds.join(', ')}` }), {
      error: `expected a list, like [state-insurance, sec-finra]`,
    })
    .min(1)
    .optional(),
  status: z.enum(['published', 'draft']).default('published'),
  sources: z
    .array(source, { error: 'is required: a list of sources with title and url' })
    .min(1, 'list at least one source'),
  /** What changed for readers, and when: shown as the page's History and in the feed. */
  changes: z
    .array(
      z.strictObject({
        date: isoDay,
        summary: z
          .string({ error: 'is required: one plain line saying what changed for the reader' })
          .trim()
          .min(1)
          .max(240, 'keep it to one line (at most 240 characters)'),
        source: source.optional(),
      }),
      { error: 'expected a list of changes, each with date and summary' },
    )
    .default([]),
};

/** The one- or two-sentence summary under the title, which is also the search snippet. */
export function description(what: string) {
  return z
    .string({ error: `is required: ${what}` })
    .trim()
    .min(1, 'must not be empty')
    .max(160, 'must be at most 160 characters (it is also the search-result snippet)');
}

/** `updated` may not be earlier than `published`, checked whenever both dates are valid. */
export function datesInOrder<T extends z.ZodType<{ published: string; updated: string }>>(
  schema: T,
) {
  return schema.refine((fm) => fm.updated >= fm.published, {
    message: 'must not be earlier than published',
    path: ['updated'],
    // Compare the dates even when other fields are broken, so every problem shows at once.
    when: (payload) => datePair.safeParse(payload.value).success,
  });
}
