import type { ReactNode } from 'react';
import { Callout } from './Callout';

/** Warning signs in a sales pitch or a contract: what should make a reader stop and check. */
export function RedFlags({ children }: { children?: ReactNode }) {
  return <Callout section="red-flags">{children}</Callout>;
}
