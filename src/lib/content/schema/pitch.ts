import { z } from 'zod';
import { datesInOrder } from './fields';
import { explainerFields } from './guide';

/**
 * A decoded sales pitch: a phrase a buyer hears ("You can't lose money"), what it usually
 * means, the rules that apply and who to call. The title is the phrase as people hear it;
 * `heard` lists the other ways it is said, which search finds too.
 */
export const pitchSchema = datesInOrder(
  z.strictObject({
    ...explainerFields,
    heard: z
      .array(z.string().trim().min(1), {
        error: 'expected a list of other ways the pitch is said, like ["Your money is safe"]',
      })
      .min(1, 'give at least one other way a seller says it: readers search for what they heard')
      .max(8, 'keep it to the most common ways it is said (at most 8)'),
  }),
);

export type PitchFrontmatter = z.infer<typeof pitchSchema>;
