import type { ReactNode } from 'react';
import { Callout } from './Callout';

/** The three to five points a reader should leave with. */
export function KeyTakeaways({ children }: { children?: ReactNode }) {
  return <Callout section="key-takeaways">{children}</Callout>;
}
