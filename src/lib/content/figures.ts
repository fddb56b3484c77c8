import { formatDay } from '../dates';
import type { Figure, FigureUnit, FigureValue, ShownFigure } from './schema/figure';

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
export function formatAmount(figure: Pick<ShownFigure, 'value' | 'unit'>): string {
  return units[figure.unit](figure.value);
}

/** The amount with the year it applies to: "$202.90 a month in 2026". */
export function formatFigure(figure: Pick<ShownFigure, 'value' | 'unit' | 'year'>): string {
  return figure.year ? `${formatAmount(figure)} in ${figure.year}` : formatAmount(figure);
}

/** The id of a figure's row on the figures page. */
export const figureAnchor = (id: string) => id;

/**
 * A figure with one value chosen: the given year's, or the newest. Undefined when a
 * yearly figure has no value for that year; a standing rule has one value whatever the year.
 */
export function pickValue(figure: Figure, year?: number): ShownFigure | undefined {
  const chosen: FigureValue | undefined =
    year === undefined || !isYearly(figure)
      ? figure.values[0]
      : figure.values.find((v) => v.year === year);
  if (!chosen) return undefined;
  const { id, label, unit, program, topics, file, announcement, nextUpdate } = figure;
  return { id, label, unit, program, topics, file, announcement, nextUpdate, ...chosen };
}

/** Whether a figure holds one value per year (an amount set each year) rather than a standing rule. */
export const isYearly = (figure: Figure) => figure.announcement !== undefined;

/**
 * Whether next year's value of a yearly figure may be out but is not in the table yet:
 * from the day its schedule says, in the year of its newest value, or any time after.
 */
export function nextValueDue(figure: Figure, today: string): boolean {
  const latest = figure.values[0].year;
  if (!figure.announcement || latest === undefined) return false;
  return today >= `${latest}-${figure.announcement.from}`;
}

/** The earliest day any of these figures was last confirmed: what a page can honestly say of all of them. */
export function oldestCheck(figures: Pick<FigureValue, 'checked'>[]): string | undefined {
  return figures.map((f) => f.checked).sort()[0];
}

/** When a figure applies, in words: "in 2026", "since January 1, 2023", "current rule". */
export function figurePeriod(figure: Pick<FigureValue, 'year' | 'effective'>): string {
  if (figure.year !== undefined) return `in ${figure.year}`;
  if (!figure.effective || figure.effective === 'current') return 'current rule';
  const { from, to } = figure.effective;
  return `since ${formatDay(from)}${to ? `, until ${formatDay(to)}` : ''}`;
}
