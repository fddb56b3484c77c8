import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { tagId } from '@/lib/content/sections';
import { fontSize, layoutMoneyFlow, lineHeight, type Payment } from '@/lib/diagram/money-flow';
import { Pays } from './Pays';

type PaysElement = ReactElement<{ from: string; to: string; children?: ReactNode }>;

/** The words of a label, whatever Markdown the writer put in it. */
function text(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return text(node.props.children);
  return '';
}

/**
 * Who pays whom, as a diagram drawn at build time from the <Pays> lines
 * inside: an SVG with a title and a description, in the site's colours
 * (light and dark), and the same facts as a list beside it for screen
 * readers, print and anyone who prefers words. No image file, no script.
 */
export function MoneyFlow({ caption, children }: { caption: string; children?: ReactNode }) {
  const lines = Children.toArray(children).filter(
    (c): c is PaysElement => isValidElement(c) && c.type === Pays,
  );
  const payments: Payment[] = lines.map((line) => ({
    from: line.props.from,
    to: line.props.to,
    label: text(line.props.children).trim(),
  }));
  const layout = layoutMoneyFlow(payments);
  const id = tagId('money-flow', caption);
  // Wider than the narrowest phone column: the diagram scrolls in its own region, which keyboards can reach.
  const scrolls = layout.width > 320;
  const description = payments.map((p) => `From ${p.from} to ${p.to}: ${p.label}.`).join(' ');
  return (
    <figure aria-labelledby={`${id}-caption`} className="my-6 rounded-lg border border-line p-4">
      <figcaption id={`${id}-caption`} className="mb-3 font-semibold">
        {caption}
      </figcaption>
      {/* At its own size, so the words stay readable; a diagram wider than a phone scrolls in its place. */}
      <div
        className="overflow-x-auto"
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? `${caption} (diagram)` : undefined}
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          className="mx-auto print:break-inside-avoid"
          fontSize={fontSize}
        >
          <title id={`${id}-title`}>{caption}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" className="fill-accent" />
            </marker>
          </defs>
          {layout.edges.map((edge, i) => (
            <g key={`e${i}`}>
              <polyline
                points={edge.points.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="none"
                strokeWidth="1.5"
                markerEnd={`url(#${id}-arrow)`}
                className="stroke-accent"
              />
              <text
                x={edge.labelX}
                y={edge.labelY - ((edge.lines.length - 1) * lineHeight) / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                className="fill-ink [paint-order:stroke] stroke-canvas [stroke-width:4px]"
              >
                {edge.lines.map((line, j) => (
                  <tspan key={j} x={edge.labelX} dy={j ? lineHeight : 0}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
          {layout.nodes.map((node) => (
            <g key={node.name}>
              <rect
                x={node.x - node.width / 2}
                y={node.y - node.height / 2}
                width={node.width}
                height={node.height}
                rx="6"
                strokeWidth="1.5"
                className="fill-panel stroke-line"
              />
              <text
                x={node.x}
                y={node.y}
                textAnchor="middle"
                dominantBaseline="central"
                fontWeight="600"
                className="fill-ink"
              >
                {node.name}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <p className="mt-3 text-base font-semibold">In words:</p>
      <ul className="mt-1 list-disc pl-6 text-base">{lines}</ul>
    </figure>
  );
}
