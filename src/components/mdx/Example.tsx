import type { ReactNode } from 'react';
import { tagId } from '@/lib/content/sections';

/**
 * A worked example with numbers: what goes in, the steps, what comes out, and the year the
 * figures are for, or "made-up" when none is real (an index's returns, a policy's cap).
 */
export function Example({
  title,
  year,
  children,
}: {
  title: string;
  year: string;
  children?: ReactNode;
}) {
  const id = tagId('example', title);
  return (
    <section aria-labelledby={id} className="my-6 rounded-lg border border-line px-5 py-1">
      <h3 id={id} className="mt-4 text-xl font-semibold">
        Worked example: {title}
      </h3>
      <p className="mt-1 text-sm font-semibold text-accent">
        {year === 'made-up'
          ? 'Made-up numbers, not from any real policy, plan or index'
          : `Figures for ${year}`}
      </p>
      {children}
    </section>
  );
}
