/** The kinds of regulator a page can name as overseeing its product: a closed list. */
export const regulatorKinds = ['state-insurance', 'sec-finra', 'cms', 'dol', 'irs'] as const;
export type RegulatorKind = (typeof regulatorKinds)[number];
