import type { ReactNode } from 'react';
import { Callout } from './Callout';

/** The closing summary a reader can act on. */
export function BottomLine({ children }: { children?: ReactNode }) {
  return <Callout section="bottom-line">{children}</Callout>;
}
