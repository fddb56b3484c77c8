import { describe, expect, it } from 'vitest';
import { layoutMoneyFlow, wrap } from '@/lib/diagram/money-flow';

const sale = [
  { from: 'You', to: 'Insurance company', label: 'premiums' },
  { from: 'Insurance company', to: 'IMO', label: 'an override on each sale' },
  { from: 'Insurance company', to: 'Agent', label: 'a commission on each sale' },
  { from: 'IMO', to: 'Agent', label: 'bonuses and marketing help' },
];

describe('the layout of a money-flow diagram', () => {
  it('places every party once and draws one arrow per payment, from payer to payee', () => {
    const layout = layoutMoneyFlow(sale);
    expect(layout.nodes.map((n) => n.name).sort()).toEqual([
      'Agent',
      'IMO',
      'Insurance company',
      'You',
    ]);
    expect(layout.edges).toHaveLength(4);
    const you = layout.nodes.find((n) => n.name === 'You')!;
    const carrier = layout.nodes.find((n) => n.name === 'Insurance company')!;
    // Money flows down the page: who pays sits above who is paid.
    expect(you.y).toBeLessThan(carrier.y);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('stays narrow enough for a phone (a 360 px screen leaves about 300 px for it)', () => {
    expect(layoutMoneyFlow(sale).width).toBeLessThanOrEqual(300);
  });

  it('puts two payments between the same parties on one arrow, their labels one after the other', () => {
    const layout = layoutMoneyFlow([
      { from: 'Insurance company', to: 'Agent', label: 'a commission' },
      { from: 'Insurance company', to: 'Agent', label: 'a bonus' },
    ]);
    expect(layout.edges).toHaveLength(1);
    expect(layout.edges[0].lines).toEqual(['a commission', 'and a bonus']);
  });

  it('wraps a label between words', () => {
    expect(wrap('a commission on each sale')).toEqual(['a commission', 'on each sale']);
    for (const line of wrap('commissions: first-year, and on some products renewal or trail'))
      expect(line.length).toBeLessThanOrEqual(14);
  });
});
