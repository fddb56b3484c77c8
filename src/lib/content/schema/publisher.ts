import { z } from 'zod';

/**
 * The kinds of source, from content/publishers.yaml. `regulator` and `law` are primary;
 * `industry` may back only how the trade uses a word; `copy` (an unofficial copy of a
 * law) is refused. One list: the check, the sources list and the docs read it.
 */
export const sourceKinds = ['regulator', 'law', 'industry', 'copy'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export const primaryKinds: readonly SourceKind[] = ['regulator', 'law'];

export const publisherSchema = z.strictObject({
  name: z
    .string({ error: 'is required: the publisher as readers know it, like CMS' })
    .trim()
    .min(1),
  kind: z.enum(sourceKinds, { error: `expected one of: ${sourceKinds.join(', ')}` }),
  hosts: z
    .array(
      z
        .string()
        .regex(
          /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[A-Za-z0-9._~-]+)*$|^\.[a-z]+$/,
          'expected a host like cms.gov (it covers www.cms.gov too), a host and a path like sec.gov/Archives/edgar, or .gov for a whole domain',
        ),
      { error: 'expected a list of hosts, like [cms.gov]' },
    )
    .min(1),
});
export type Publisher = z.infer<typeof publisherSchema>;

export const publishersFileSchema = z.strictObject({
  publishers: z.array(publisherSchema, { error: 'expected a list of publishers' }),
});
