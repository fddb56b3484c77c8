import type { ReactNode } from 'react';
import { H2 } from '@/components/prose';
import { sections, type SectionId } from '@/lib/content/sections';

/** One of the sections a page adds after the body (sources, related...), headed from the one list of sections. */
export function Section({
  id,
  heading,
  children,
  hideInPrint,
}: {
  id: SectionId;
  heading?: string;
  children: ReactNode;
  hideInPrint?: boolean;
}) {
  return (
    <section aria-labelledby={id} className={hideInPrint ? 'mt-10 print:hidden' : 'mt-10'}>
      <H2 id={id}>{heading ?? sections[id].heading}</H2>
      {children}
    </section>
  );
}
