import type { ReactNode } from 'react';
import { sections } from '@/lib/content/sections';

/** The labelled boxes writers use; each has its own section (heading, level, anchor) and look. */
const looks = {
  'key-takeaways': 'border-accent-line bg-accent-soft',
  'questions-to-ask': 'border-warn-line bg-warn-soft',
  'red-flags': 'border-alert-line bg-alert-soft',
  'bottom-line': 'border-line bg-panel',
} as const;

export type CalloutSection = keyof typeof looks;

export function Callout({ section, children }: { section: CalloutSection; children?: ReactNode }) {
  const { heading, level } = sections[section];
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={section}
      className={`my-8 rounded-lg border px-5 py-1 break-inside-avoid ${looks[section]}`}
      data-checklist={section === 'questions-to-ask' ? '' : undefined}
    >
      <Heading
        id={section}
        className={`mt-4 mb-2 font-semibold ${level === 2 ? 'text-2xl/snug' : 'text-xl'}`}
      >
        {heading}
      </Heading>
      {children}
    </section>
  );
}
