// @ts-check
/**
 * A remark plugin: a paragraph made only of writer tags, like the <Role>
 * lines inside <ParticipantRoles>, becomes those tags as blocks. Without it
 * MDX would wrap table rows in a <p>, which is invalid HTML. Used by the
 * compile (@next/mdx) and by the content check's parse alike.
 */

/** @typedef {import('mdast').Root} Root */
/** @typedef {import('mdast').Paragraph} Paragraph */

export default function remarkBlockTags() {
  /** @param {Root} tree */
  return (tree) => unwrap(tree);
}

/** @param {any} node */
function unwrap(node) {
  if (!Array.isArray(node.children)) return;
  node.children = node.children.flatMap(
    /** @param {any} child */ (child) =>
      child.type === 'paragraph' && isOnlyTags(child)
        ? child.children
            .filter(/** @param {any} c */ (c) => c.type === 'mdxJsxTextElement')
            .map(/** @param {any} c */ (c) => ({ ...c, type: 'mdxJsxFlowElement' }))
        : [child],
  );
  node.children.forEach(unwrap);
}

/** @param {Paragraph} paragraph */
function isOnlyTags({ children }) {
  /** @param {any} c */
  const isTag = (c) => c.type === 'mdxJsxTextElement';
  return (
    children.some(isTag) &&
    children.every((c) => isTag(c) || (c.type === 'text' && c.value.trim() === ''))
  );
}
