import type { ReactNode } from 'react';

/** A note at the top of a page for a term readers mix up with another: "Not to be confused with …". */
export function SeeAlso({ children }: { children?: ReactNode }) {
  return (
    <div
      role="note"
      className="my-4 border-l-4 border-accent-line pl-4 text-base text-muted [&>p]:my-0"
    >
      {children}
    </div>
  );
}
