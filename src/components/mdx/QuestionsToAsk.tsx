import type { ReactNode } from 'react';

/**
 * The questions a buyer should put to an agent or insurer. Printed, the list
 * becomes a checklist to take to a meeting (see the print styles).
 */
export function QuestionsToAsk({ children }: { children?: ReactNode }) {
  return (
    <section aria-labelledby="questions-to-ask" className="callout callout-questions">
      <h3 id="questions-to-ask">Questions to ask</h3>
      {children}
    </section>
  );
}
