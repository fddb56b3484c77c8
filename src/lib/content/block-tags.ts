import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/**
 * A remark plugin: a paragraph made only of writer tags, like the <Role>
 * lines inside <ParticipantRoles>, becomes those tags as blocks. Without
 * it MDX would wrap table rows in a <p>, which is invalid HTML.
 */
export default function remarkBlockTags() {
  return (tree: Root) => unwrap(tree);
}

function unwrap(node: Root | RootContent) {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.flatMap((child) =>
    child.type === 'paragraph' && isOnlyTags(child) ? child.children.filter((c) => c.type === 'mdxJsxTextElement').map(asBlock) : [child],
  );
  parent.children.forEach((child) => unwrap(child as RootContent));
}

function asBlock(tag: PhrasingContent): MdxJsxFlowElement {
  return { ...(tag as unknown as MdxJsxFlowElement), type: 'mdxJsxFlowElement' };
}

function isOnlyTags({ children }: Paragraph): boolean {
  return (
    children.some((c) => c.type === 'mdxJsxTextElement') &&
    children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''))
  );
}
