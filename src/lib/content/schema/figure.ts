import { z } from 'zod';
import { topicSlugs } from '../topics';
import { isoDay, slugPattern, source } from './fields';

/**
 * The table of figures: every amount, rate and time limit the site states,
 * once, with the year it applies to and its source. One YAML file per
 * program (content/figures/medicare.yaml ...); pages show a figure with
 * <Figure id="..." />. This schema is the single source of the Figure type.
 */
export const figureUnits = [
  'dollars',
  'dollars-a-month',
  'dollars-a-day',
  'dollars-a-year',
  'percent',
  'days',
  'months',
  'years',
  'age',
] as const;
export type FigureUnit = (typeof figureUnits)[number];

export const figureSchema = z
  .strictObject({
    id: z
      .string({ error: 'is required: a name like medicare-part-b-standard-premium-2026' })
      .regex(
        slugPattern,
        'use lowercase words joined by hyphens, like medicare-part-b-deductible-2026',
      ),
    label: z
      .string({ error: 'is required: what the figure is, like "Standard Part B premium"' })
      .trim()
      .min(1),
    value: z
      .number({ error: 'expected a number, like 202.90 (no $ or % sign: the unit says that)' })
      .nonnegative(),
    unit: z.enum(figureUnits, { error: `expected one of: ${figureUnits.join(', ')}` }),
    year: z.number({ error: 'expected a year, like 2026' }).int().min(1900).max(2100).optional(),
    // A rule that does not change by year: in force between dates, or simply the current rule.
    effective: z
      .union([z.literal('current'), z.strictObject({ from: isoDay, to: isoDay.optional() })], {
        error:
          'expected current (a rule in force now) or the dates it applies between, like { from: 2023-01-01 }',
      })
      .optional(),
    source: source.extend({
      publisher: z.string({ error: 'is required: who published it, like CMS' }).trim().min(1),
    }),
    checked: isoDay,
    nextUpdate: z
      .string({ error: 'is required: when the next value usually comes out, in words' })
      .trim()
      .min(1),
  })
  .refine((f) => (f.year === undefined) !== (f.effective === undefined), {
    message:
      'give either year (the year it applies to) or effective (current, or the dates it applies between), not both or neither',
    path: ['year'],
  });

export const figureFileSchema = z.strictObject({
  program: z
    .string({ error: 'is required: the program these figures belong to, like Medicare' })
    .trim()
    .min(1),
  topics: z
    .array(z.enum(topicSlugs), {
      error: `expected a list of topics from: ${topicSlugs.join(', ')}`,
    })
    .min(1, 'name at least one topic: pages of these topics may not type these figures by hand'),
  figures: z.array(figureSchema, { error: 'expected a list of figures' }),
});

export type Figure = z.infer<typeof figureSchema> & {
  program: string;
  topics: z.infer<typeof figureFileSchema>['topics'];
  /** The file it is defined in, as editors see it. */
  file: string;
};
