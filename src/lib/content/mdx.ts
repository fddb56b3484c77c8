import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkBlockTags from './block-tags';

/**
 * The one parse of an entry body (remark with the MDX grammar and GFM): the
 * content check reads it and the page is rendered from it, so a check sees
 * exactly what readers get. Positions are shifted to lines of the whole
 * file, frontmatter included.
 */
// Built once: the check and the link graph parse every entry with it.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkBlockTags).freeze();

export function parseBody(body: string, bodyLine: number): Root {
  const tree = processor.runSync(processor.parse(body)) as Root;
  shiftLines(tree, bodyLine - 1);
  return tree;
}

function shiftLines(node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }, by: number) {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  for (const child of node.children ?? []) shiftLines(child as typeof node, by);
}
