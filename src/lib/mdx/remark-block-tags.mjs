/**
 * A remark plugin: a paragraph made only of writer tags, like the <Role>
 * lines inside <ParticipantRoles>, becomes those tags as blocks. Without
 * it MDX would wrap table rows in a <p>, which is invalid HTML.
 * Plain JavaScript (not TypeScript) because Next loads it by file name.
 */
export default function remarkBlockTags() {
  return (tree) => unwrap(tree);
}

function unwrap(node) {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'paragraph' && isOnlyTags(child.children)) {
      return child.children.filter((c) => c.type === 'mdxJsxTextElement').map((c) => ({ ...c, type: 'mdxJsxFlowElement' }));
    }
    return [child];
  });
  node.children.forEach(unwrap);
}

function isOnlyTags(children) {
  return (
    children.some((c) => c.type === 'mdxJsxTextElement') &&
    children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''))
  );
}
