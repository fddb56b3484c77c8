import dagre from '@dagrejs/dagre';

/**
 * Where the boxes and arrows of a money-flow diagram go: who pays whom,
 * laid out top to bottom by dagre (a layered graph layout), so a chain like
 * consumer → carrier → marketing organization → agent stays narrow enough
 * for a phone. Pure computation; <MoneyFlow> draws the SVG.
 */
export interface Payment {
  from: string;
  to: string;
  /** What is paid, in words: "a commission on each sale". */
  label: string;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: { name: string; x: number; y: number; width: number; height: number }[];
  edges: (Payment & {
    points: { x: number; y: number }[];
    labelX: number;
    labelY: number;
    lines: string[];
  })[];
}

// Text is set at 15 units; these are what a line of it needs, roughly, in a system sans-serif
// (names are bold, so wider). Labels wrap short, so two side by side still fit a phone.
export const fontSize = 15;
const charWidth = 7.8;
const boldCharWidth = 8.8;
export const lineHeight = 18;
const labelChars = 14;

/** A label broken into lines of about `labelChars` characters, between words. */
export function wrap(text: string, max = labelChars): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Payments between the same two parties share one arrow, their labels
 * stacked on it, so the diagram stays narrow; the list beside it keeps each.
 */
function arrows(payments: Payment[]): Payment[] {
  const byPair = new Map<string, Payment>();
  for (const p of payments) {
    const key = JSON.stringify([p.from, p.to]);
    const seen = byPair.get(key);
    byPair.set(key, seen ? { ...seen, label: `${seen.label}\n${p.label}` } : { ...p });
  }
  return [...byPair.values()];
}

export function layoutMoneyFlow(all: Payment[]): FlowLayout {
  const payments = arrows(all);
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 36, edgesep: 24, ranksep: 56, marginx: 4, marginy: 4 });
  graph.setDefaultEdgeLabel(() => ({}));
  const names = [...new Set(payments.flatMap((p) => [p.from, p.to]))];
  for (const name of names)
    graph.setNode(name, { width: name.length * boldCharWidth + 28, height: 38 });
  payments.forEach((payment, i) => {
    // Payments merged onto one arrow read as a list: the second and later start with "and".
    const lines = payment.label
      .split('\n')
      .flatMap((label, line) => wrap(line ? `and ${label}` : label));
    graph.setEdge(
      payment.from,
      payment.to,
      {
        width: Math.max(...lines.map((l) => l.length)) * charWidth + 8,
        height: lines.length * lineHeight,
        labelpos: 'c',
        lines,
      },
      String(i),
    );
  });
  dagre.layout(graph);

  // Tenths of a unit are finer than any screen shows, and keep the page small.
  const r = (n: number) => Math.round(n * 10) / 10;
  const nodes = names.map((name) => {
    const { x, y, width, height } = graph.node(name);
    return { name, x: r(x), y: r(y), width: r(width), height: r(height) };
  });
  const edges = payments.map((payment, i) => {
    const edge = graph.edge({ v: payment.from, w: payment.to, name: String(i) });
    const points = edge.points.map((p: { x: number; y: number }) => ({ x: r(p.x), y: r(p.y) }));
    return {
      ...payment,
      points,
      labelX: r(edge.x!),
      labelY: r(edge.y!),
      lines: edge.lines as string[],
    };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
