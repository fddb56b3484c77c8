import { z } from 'zod';
import { topicSlugs } from '../topics';
import { isoDay, slugPattern, source } from './fields';

/**
 * The table of figures: every amount, rate and time limit the site states,
 * once, with its source. One YAML file per program (content/figures/medicare.yaml ...);
 * pages show a figure with <Figure id="..." />. This schema is the single source of
 * the figure types.
 *
 * Two shapes. A yearly figure (an amount CMS or the IRS sets for each year) holds one
 * value per year under `values`, each with its own source and checked day, and names
 * the `announced` schedule that says when next year's value usually comes out. A
 * standing figure (a rule in force until a law changes it) holds one `value`, with
 * `effective` dates or `current`.
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

const figureSource = source.omit({ id: true }).extend({
  publisher: z.string({ error: 'is required: who published it, like CMS' }).trim().min(1),
});

const amount = z
  .number({ error: 'expected a number, like 202.90 (no $ or % sign: the unit says that)' })
  .nonnegative();

/** One year's value of a yearly figure. */
export const yearValueSchema = z.strictObject({
  year: z
    .number({ error: 'expected a year, like 2026' })
    .int()
    .min(1900, 'expected a year, like 2026'),
  value: amount,
  source: figureSource,
  checked: isoDay,
});

const effective = z.union(
  [z.literal('current'), z.strictObject({ from: isoDay, to: isoDay.optional() })],
  {
    error:
      'expected current (a rule in force now) or the dates it applies between, like { from: 2023-01-01 }',
  },
);

export const figureSchema = z
  .strictObject({
    id: z
      .string({ error: 'is required: a name like medicare-part-b-standard-premium' })
      .regex(slugPattern, 'use lowercase words joined by hyphens, like medicare-part-b-deductible'),
    label: z
      .string({ error: 'is required: what the figure is, like "Standard Part B premium"' })
      .trim()
      .min(1),
    unit: z.enum(figureUnits, { error: `expected one of: ${figureUnits.join(', ')}` }),
    // A yearly figure:
    announced: z.string().trim().min(1).optional(),
    values: z
      .array(yearValueSchema, { error: 'expected a list of values, one per year' })
      .min(1)
      .optional(),
    // A standing figure:
    value: amount.optional(),
    effective: effective.optional(),
    source: figureSource.optional(),
    checked: isoDay.optional(),
    nextUpdate: z.string().trim().min(1).optional(),
  })
  .superRefine((f, ctx) => {
    const need = (key: string, what: string) =>
      ctx.addIssue({ code: 'custom', path: [key], message: `is required: ${what}` });
    const refuse = (key: string, why: string) =>
      ctx.addIssue({ code: 'custom', path: [key], message: why });
    if (f.values) {
      for (const key of ['value', 'effective', 'source', 'checked', 'nextUpdate'] as const)
        if (f[key] !== undefined)
          refuse(
            key,
            'a yearly figure keeps its value, source and checked day under values, one per year',
          );
      if (!f.announced)
        need(
          'announced',
          "the schedule (under announcements at the top of the file) that says when next year's value usually comes out",
        );
      return;
    }
    if (f.announced) refuse('announced', 'only a yearly figure (one with values) has a schedule');
    if (f.value === undefined)
      need('value', 'a number, or values (one per year) for a yearly amount');
    if (!f.effective)
      need('effective', 'current (a rule in force now) or the dates it applies between');
    if (!f.source) need('source', 'the title, https address and publisher of its primary source');
    if (!f.checked) need('checked', 'the day you last confirmed it against its source');
    if (!f.nextUpdate) need('nextUpdate', 'when or how it could change, in words');
  });

/**
 * When next year's values usually come out: a reader-facing phrase, the day of the year
 * from which pages say the new amounts may be out, and the official page where they appear.
 */
export const announcementSchema = z.strictObject({
  publisher: z.string({ error: 'is required: who announces it, like CMS' }).trim().min(1),
  when: z
    .string({ error: 'is required: when, in words, like "in the fall, usually in November"' })
    .trim()
    .min(1),
  from: z
    .string({ error: 'expected a month and day, like 11-01' })
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a month and day, like 11-01'),
  url: z.url({ error: 'expected the https address of the official page where it is announced' }),
});
export type Announcement = z.infer<typeof announcementSchema>;

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
  announcements: z.record(z.string().regex(slugPattern), announcementSchema).default({}),
  figures: z.array(z.unknown(), { error: 'expected a list of figures' }),
});

type Effective = z.infer<typeof effective>;
export type FigureSource = z.infer<typeof figureSource>;

/** One value of a figure: a year's amount, or a standing rule's. */
export interface FigureValue {
  value: number;
  year?: number;
  effective?: Effective;
  source: FigureSource;
  checked: string;
}

/** A figure as the site holds it: every value, newest first. */
export interface Figure {
  id: string;
  label: string;
  unit: FigureUnit;
  program: string;
  topics: z.infer<typeof figureFileSchema>['topics'];
  /** The file it is defined in, as editors see it. */
  file: string;
  /** Newest first; a standing figure has exactly one. */
  values: FigureValue[];
  /** For a yearly figure: when the next year's value usually comes out. */
  announcement?: Announcement;
  /** When the next value comes out, in words. */
  nextUpdate: string;
}

/** A figure with one of its values chosen: what a page shows. */
export type ShownFigure = Omit<Figure, 'values'> & FigureValue;
