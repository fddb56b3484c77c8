import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { processWide } from './shared';
import remarkBlockTags from '../mdx/block-tags.mjs';
import remarkCitations from '../mdx/citations.mjs';

/**
 * The content check's parse of a whole file: remark with the MDX grammar
 * and the same syntax plugins the compile uses (mdx/plugins.mjs), so the
 * check reads exactly what @next/mdx compiles. Positions are lines of the
 * file itself; the frontmatter is one `yaml` node at the top.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkBlockTags)
  .use(remarkCitations)
  .freeze();

/**
 * The parsed file; throws a positioned error when the MDX cannot be read. Parsing is most of
 * a check's time, so a file (named by `file`) is parsed again only when its text changed:
 * under `next dev` a save re-parses just the file saved. Rules read trees and never change them.
 */
export function parseMdx(text: string, file?: string): Root {
  const known = file ? parsed.get(file) : undefined;
  if (known?.text === text) return known.tree;
  const tree = processor.runSync(processor.parse(text)) as Root;
  if (file) parsed.set(file, { text, tree });
  return tree;
}

const parsed = processWide('parsed trees', () => new Map<string, { text: string; tree: Root }>());

/**
 * A rule's result for one tree, worked out once. An unchanged file's tree is the same object
 * from check to check (above), so under `next dev` a save re-runs the rule for that file only.
 * `key` names everything else the result depends on (the page, the figures table): when it
 * changes, the rule runs again.
 */
export function perTree<A extends unknown[], T>(
  name: string,
  rule: (tree: Root, ...args: A) => T,
): (tree: Root, key: string, ...args: A) => T {
  const results = processWide(`rule ${name}`, () => new WeakMap<Root, { key: string; value: T }>());
  return (tree, key, ...args) => {
    const known = results.get(tree);
    if (known?.key === key) return known.value;
    const value = rule(tree, ...args);
    results.set(tree, { key, value });
    return value;
  };
}
