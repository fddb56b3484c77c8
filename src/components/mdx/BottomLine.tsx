import type { ReactNode } from 'react';

/** The closing summary a reader can act on. */
export function BottomLine({ children }: { children?: ReactNode }) {
  return (
    <section aria-labelledby="bottom-line" className="callout callout-bottom-line">
      <h2 id="bottom-line">The bottom line</h2>
      {children}
    </section>
  );
}
