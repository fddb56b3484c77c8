import type { ReactNode } from 'react';
import { tagId } from '@/lib/content/sections';

/** Dated or ordered steps, such as an enrollment window or a surrender schedule; each is a <Step>. */
export function Timeline({ caption, children }: { caption: string; children?: ReactNode }) {
  const id = tagId('timeline', caption);
  return (
    <div className="my-6">
      <p id={id} className="mb-2 font-semibold">
        {caption}
      </p>
      <ol aria-labelledby={id} className="border-l-2 border-accent-line pl-5">
        {children}
      </ol>
    </div>
  );
}
