import type { ReactNode } from 'react';
import { Callout } from './Callout';

/**
 * The questions a buyer should put to an agent or insurer. Printed, the list
 * becomes a checklist to take to a meeting (see the print styles).
 */
export function QuestionsToAsk({ children }: { children?: ReactNode }) {
  return <Callout section="questions-to-ask">{children}</Callout>;
}
