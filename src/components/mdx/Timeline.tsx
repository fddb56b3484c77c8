import GithubSlugger from 'github-slugger';
import type { ReactNode } from 'react';

/** Dated or ordered steps, such as an enrollment window or a surrender schedule; each is a <Step>. */
export function Timeline({ caption, children }: { caption: string; children?: ReactNode }) {
  const id = `timeline-${new GithubSlugger().slug(caption)}`;
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
