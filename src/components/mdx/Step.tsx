import type { ReactNode } from 'react';

/** One step of a <Timeline>: when it happens, then what happens. */
export function Step({ when, children }: { when: string; children?: ReactNode }) {
  return (
    <li className="relative pb-4 before:absolute before:top-2 before:-left-[1.6rem] before:size-3 before:rounded-full before:bg-accent before:content-[''] [&>p]:my-1">
      <p className="font-semibold text-accent">{when}</p>
      {children}
    </li>
  );
}
