import { z } from 'zod';
import { datesInOrder, entrySlug } from './fields';
import { explainerFields } from './guide';

/**
 * A comparison: two or three glossary entries side by side. `compares`
 * names the entries (their file names), which the check makes sure exist.
 */
export const comparisonSchema = datesInOrder(
  z.strictObject({
    ...explainerFields,
    compares: z
      .array(entrySlug, {
        error:
          'expected a list of the entries compared, like [term-life-insurance, whole-life-insurance]',
      })
      .min(2, 'compare at least two entries')
      .max(3, 'compare at most three entries; a wider table does not fit a phone'),
  }),
);

export type ComparisonFrontmatter = z.infer<typeof comparisonSchema>;
