import type { ReactNode } from 'react';

/** The labelled boxes writers use; each kind has its own heading, anchor and look. */
const kinds = {
  takeaways: { id: 'key-takeaways', heading: 'Key takeaways', level: 'h2' },
  questions: { id: 'questions-to-ask', heading: 'Questions to ask', level: 'h3' },
  'bottom-line': { id: 'bottom-line', heading: 'The bottom line', level: 'h2' },
} as const;

export type CalloutKind = keyof typeof kinds;

export function Callout({ kind, children }: { kind: CalloutKind; children?: ReactNode }) {
  const { id, heading, level: Heading } = kinds[kind];
  return (
    <section aria-labelledby={id} className={`callout callout-${kind}`}>
      <Heading id={id}>{heading}</Heading>
      {children}
    </section>
  );
}
