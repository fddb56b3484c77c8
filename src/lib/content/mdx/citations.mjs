// @ts-check
/**
 * A remark plugin: citations. A writer cites a page's source by its short name, the way
 * a Markdown footnote is written: `...in 2026.[^cms-premiums]`. The source itself is in
 * the frontmatter, so the marker stays plain text for the Markdown parser; this plugin
 * turns each one into a <Cite> element, and numbers every citation on the page in
 * reading order (`n`), the <Figure>s included, since a figure cites its own table source.
 * A <Figure> inside an <Example year="..."> shows that year's value.
 * Used by the compile (@next/mdx) and by the content check's parse alike, so both number
 * citations the same way.
 */

/** @typedef {import('mdast').Root} Root */

export const citationPattern = /\[\^([^\]\s]+)\]/g;

export default function remarkCitations() {
  /** @param {Root} tree */
  return (tree) => {
    let n = 0;
    /** @param {any} node @param {string | undefined} exampleYear */
    const walk = (node, exampleYear) => {
      if (!Array.isArray(node.children)) return;
      const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      const year =
        isJsx && node.name === 'Example' ? (attribute(node, 'year') ?? exampleYear) : exampleYear;
      node.children = node.children.flatMap(
        /** @param {any} child */ (child) => {
          if (child.type === 'text') return splitText(child, () => ++n);
          const tag = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
          if (tag && child.name === 'Figure') {
            const extra = [generated('n', String(++n))];
            if (year && attribute(child, 'year') === undefined) extra.push(generated('year', year));
            child.attributes = [...child.attributes, ...extra];
          }
          walk(child, year);
          return [child];
        },
      );
    };
    walk(tree, undefined);
  };
}

/**
 * A text node with its citation markers as <Cite> elements, positioned where the marker is.
 * @param {any} node
 * @param {() => number} next
 */
function splitText(node, next) {
  const value = /** @type {string} */ (node.value);
  const matches = [...value.matchAll(citationPattern)];
  if (!matches.length) return [node];
  const start = node.position?.start;
  /** @param {number} index */
  const pointAt = (index) => {
    if (!start) return undefined;
    const lines = value.slice(0, index).split('\n');
    return {
      line: start.line + lines.length - 1,
      column: lines.length > 1 ? (lines.at(-1) ?? '').length + 1 : start.column + index,
      offset: start.offset === undefined ? undefined : start.offset + index,
    };
  };
  /** @type {any[]} */
  const out = [];
  /**
   * The text between markers keeps its place in the file, so a rule that reads it points at the right line.
   * @param {number} from @param {number} to
   */
  const text = (from, to) => {
    const [a, b] = [pointAt(from), pointAt(to)];
    return {
      type: 'text',
      value: value.slice(from, to),
      ...(a && b ? { position: { start: a, end: b } } : {}),
    };
  };
  let last = 0;
  for (const m of matches) {
    const index = /** @type {number} */ (m.index);
    if (index > last) out.push(text(last, index));
    const from = pointAt(index);
    const to = pointAt(index + m[0].length);
    out.push({
      type: 'mdxJsxTextElement',
      name: 'Cite',
      attributes: [generated('id', m[1]), generated('n', String(next()))],
      children: [],
      data: { generated: true },
      ...(from && to ? { position: { start: from, end: to } } : {}),
    });
    last = index + m[0].length;
  }
  if (last < value.length) out.push(text(last, value.length));
  return out;
}

/**
 * An attribute this plugin adds, marked so the content check's props rule does not take it for the writer's.
 * @param {string} name @param {string} value
 */
function generated(name, value) {
  return { type: 'mdxJsxAttribute', name, value, data: { generated: true } };
}

/** @param {any} node @param {string} name */
function attribute(node, name) {
  const found = node.attributes?.find(
    /** @param {any} a */ (a) => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}
