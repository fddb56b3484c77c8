import { z } from 'zod';
import { isoDay } from './fields';
import { regulatorKinds } from './regulators';

/**
 * The help directory: for every state, DC and Puerto Rico, who regulates insurance, who
 * counsels people on Medicare for free (the SHIP) and who regulates securities, each value
 * with the official page it was read on and the day it was checked (content/help/states/),
 * plus the national routes and what each kind of regulator can do (content/help/national.yaml).
 * A value no official page confirmed is left out; pages then send readers to a national locator.
 */
export const jurisdictions = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  PR: 'Puerto Rico',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
} as const;
export type StateCode = keyof typeof jurisdictions;
export const stateCodes = Object.keys(jurisdictions) as [StateCode, ...StateCode[]];

const https = z
  .url({ error: 'expected a full https address, like https://www.insurance.ca.gov/' })
  .refine((u) => u.startsWith('https://'), 'must start with https://');

export const phonePattern = /^(1-)?\d{3}-\d{3}-\d{4}$/;

/** One value and where it was confirmed. */
function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    source: https,
    checked: isoDay,
  });
}
const text = sourced(z.string().trim().min(1));
const address = sourced(https);
const phone = sourced(
  z.string().regex(phonePattern, 'expected a US phone number like 1-800-927-4357 or 916-492-3500'),
);

export const stateSchema = z.strictObject({
  state: z.enum(stateCodes, { error: 'expected a two-letter code like CA (DC and PR too)' }),
  name: z.string().trim().min(1),
  insurance: z
    .strictObject({ name: text, website: address, complaints: address, phone })
    .partial()
    .optional(),
  ship: z.strictObject({ name: text, website: address, phone }).partial().optional(),
  securities: z
    .strictObject({ name: text, website: address, complaints: address })
    .partial()
    .optional(),
});
export type StateHelp = z.infer<typeof stateSchema>;
export type SourcedValue = z.infer<typeof text>;

export { regulatorKinds, type RegulatorKind } from './regulators';

export const routeIds = [
  'medicare',
  'ssa',
  'sec-complaints',
  'finra-complaints',
  'brokercheck',
  'naic-complaints',
  'naic-departments',
  'ship-locator',
  'nasaa-regulators',
  'eldercare',
] as const;
export type RouteId = (typeof routeIds)[number];

export const nationalSchema = z.strictObject({
  routes: z.array(
    z.strictObject({
      id: z.enum(routeIds, { error: `expected one of: ${routeIds.join(', ')}` }),
      name: z.string().trim().min(1),
      for: z.string().trim().min(1),
      phone: phone.optional(),
      url: address.optional(),
    }),
  ),
  // What each kind of regulator can do for a reader, where an official page says it.
  regulators: z.partialRecord(
    z.enum(regulatorKinds),
    z.strictObject({
      name: z.string().trim().min(1),
      can: z.string().trim().min(1),
      source: https,
      checked: isoDay,
    }),
  ),
});
export type National = z.infer<typeof nationalSchema>;

/** One problem /help sorts readers by (content/help/problems.yaml). */
export const helpProblemSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'expected lowercase words joined by hyphens, like claim-denied',
    ),
  heading: z.string().trim().min(1),
  routes: z.array(z.enum(routeIds, { error: `expected one of: ${routeIds.join(', ')}` })).min(1),
  /** Which of the reader's state offices fit, as words after "Your state's". */
  stateContact: z.string().trim().min(1).optional(),
  /** Pages to read first, by address: their titles come from the pages. */
  read: z.array(z.string().trim().min(1)).min(1),
});
export const helpProblemsSchema = z.array(helpProblemSchema).superRefine((list, ctx) =>
  list.forEach((problem, i) => {
    if (list.findIndex((other) => other.id === problem.id) < i)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `${problem.id} is used twice; each problem needs its own id (its section's address on /help)`,
      });
  }),
);
export type HelpProblem = z.infer<typeof helpProblemSchema>;
