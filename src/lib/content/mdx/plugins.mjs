// @ts-check
/**
 * The MDX compile's plugins, named by path or package as Turbopack needs
 * (a plugin function is not serialisable). next.config.mjs hands these to
 * @next/mdx; the content check parses with the same remark syntax plugins
 * (source/parse.ts), and a unit test keeps the two in step.
 */
import { fileURLToPath } from 'node:url';

const local = (/** @type {string} */ file) => fileURLToPath(new URL(file, import.meta.url));

/** @type {[string, unknown?][]} */
export const remarkPlugins = [
  // First, so nothing else ever sees a file with code in it.
  [local('./guard.mjs')],
  // Frontmatter is data for the page, read by the content layer; in the body it is not text.
  ['remark-frontmatter', ['yaml']],
  ['remark-gfm'],
  [local('./block-tags.mjs')],
  // Last: [^source] markers become numbered citations, figures included.
  [local('./citations.mjs')],
];

/** @type {[string, unknown?][]} */
export const rehypePlugins = [
  // Heading ids, the same ones the content check computes for #anchors.
  ['rehype-slug'],
  [local('./comparison-table.mjs')],
];
