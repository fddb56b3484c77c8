import { figureAnchor, formatAmount, formatFigure } from '@/lib/content/figures';
import type { ShownFigure } from '@/lib/content/schema/figure';

/**
 * A figure from the table (content/figures/), as readers see it: "$202.90 a
 * month in 2026", linked to its row on the figures page, where its source,
 * the day it was checked and when the next value is due are one step away.
 * The page's route passes the figure with the value to show (see BodyComponents), and
 * adds its numbered citation of the table's source; writers only give its id.
 */
export function Figure({ figure, show }: { figure: ShownFigure; show?: 'amount' }) {
  return (
    <a href={`/figures#${figureAnchor(figure.id)}`} className="decoration-dotted">
      {show === 'amount' ? formatAmount(figure) : formatFigure(figure)}
    </a>
  );
}
