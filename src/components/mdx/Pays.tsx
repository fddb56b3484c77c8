import type { ReactNode } from 'react';

/**
 * One payment in a <MoneyFlow>: who pays whom, and what. <MoneyFlow> reads
 * these to draw its diagram and list; on its own a payment is one line.
 */
export function Pays({ from, to, children }: { from: string; to: string; children?: ReactNode }) {
  return (
    <li>
      From <strong className="font-semibold">{from}</strong> to{' '}
      <strong className="font-semibold">{to}</strong>: {children}
    </li>
  );
}
