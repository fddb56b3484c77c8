import type { ReactNode } from 'react';

/** The three to five points a reader should leave with. */
export function KeyTakeaways({ children }: { children?: ReactNode }) {
  return (
    <section aria-labelledby="key-takeaways" className="callout callout-takeaways">
      <h2 id="key-takeaways">Key takeaways</h2>
      {children}
    </section>
  );
}
