import { formatDay } from '../dates';
import type { Figure, FigureUnit } from './schema/figure';

/**
 * How a figure reads on a page: "$202.90 a month in 2026". One function for
 * the <Figure> tag, the figures page and the hand-typed-copy rule, so a
 * figure always reads the same way.
 */
const money = (value: number) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`;

const plural = (value: number, word: string) =>
  `${value.toLocaleString('en-US')} ${word}${value === 1 ? '' : 's'}`;

const units: Record<FigureUnit, (value: number) => string> = {
  dollars: money,
  'dollars-a-month': (v) => `${money(v)} a month`,
  'dollars-a-day': (v) => `${money(v)} a day`,
  'dollars-a-year': (v) => `${money(v)} a year`,
  percent: (v) => `${v.toLocaleString('en-US')}%`,
  days: (v) => plural(v, 'day'),
  months: (v) => plural(v, 'month'),
  years: (v) => plural(v, 'year'),
  // Ages in tax law come in halves: 59½.
  age: (v) => `age ${String(v).replace(/\.5$/, '½')}`,
};

/** The amount alone: "$202.90 a month". */
export function formatAmount(figure: Pick<Figure, 'value' | 'unit'>): string {
  return units[figure.unit](figure.value);
}

/** The amount with the year it applies to: "$202.90 a month in 2026". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'year'>): string {
  return figure.year ? `${formatAmount(figure)} in ${figure.year}` : formatAmount(figure);
}

/** The id of a figure's row on the figures page. */
export const figureAnchor = (id: string) => id;

/** The earliest day any of these figures was last confirmed: what a page can honestly say of all of them. */
export function oldestCheck(figures: Pick<Figure, 'checked'>[]): string | undefined {
  return figures.map((f) => f.checked).sort()[0];
}

/** When a figure applies, in words: "in 2026", "since January 1, 2023", "current rule". */
export function figurePeriod(figure: Pick<Figure, 'year' | 'effective'>): string {
  if (figure.year !== undefined) return `in ${figure.year}`;
  if (!figure.effective || figure.effective === 'current') return 'current rule';
  const { from, to } = figure.effective;
  return `since ${formatDay(from)}${to ? `, until ${formatDay(to)}` : ''}`;
}
