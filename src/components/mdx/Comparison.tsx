import type { ReactNode } from 'react';
import { tagId } from '@/lib/content/sections';

/**
 * The side-by-side table of a comparison: the writer's Markdown table, with
 * its caption and a row header per row added at build time
 * (mdx/comparison-table.mjs). Two options fit a phone's width; three get a
 * wider table that scrolls inside this labelled region, which the keyboard
 * can reach, with the row labels kept in view. The page itself never
 * scrolls sideways. The caption shows above the region; in the table it is
 * for screen readers.
 */
export function Comparison({ caption, children }: { caption: string; children?: ReactNode }) {
  const id = tagId('comparison', caption);
  return (
    <div className="my-6">
      <p id={id} className="mb-2 font-semibold">
        {caption}
      </p>
      <div
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line [&_caption]:sr-only [&_table]:my-0 [&_table[data-options='3']]:min-w-[32rem] [&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:bg-canvas"
      >
        {children}
      </div>
    </div>
  );
}
