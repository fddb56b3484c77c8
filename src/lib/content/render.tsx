import type { Root as HastRoot } from 'hast';
import { toJsxRuntime, type Components, type CreateEvaluater } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { writerComponents } from '@/components/mdx';
import type { Term } from './load';
import { parseBody } from './mdx';

/*
 * Entry bodies are rendered from the same parse the content check reads
 * (remark + the MDX grammar), turned into HTML nodes and then into React
 * elements. No entry is compiled to JavaScript and none is ever run: this
 * is what keeps a build of thousands of entries fast and its memory flat.
 */

// MDX nodes go through to the React step untouched; it turns writer tags into components.
const mdxNodes = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;
const toHtmlTree = unified().use(remarkRehype, { passThrough: [...mdxNodes] }).use(rehypeSlug).freeze();

const tags: Record<string, unknown> = writerComponents;

/**
 * A capitalised tag name reaches React as an identifier to look up. Only
 * writer tags resolve; the content check has already refused any other
 * tag, expression or import, so this fails loudly rather than guess.
 */
const refused = 'An entry body may use only Markdown and writer tags, never code; npm run check:content shows where.';
const writerTagsOnly: CreateEvaluater = () => ({
  evaluateExpression(expression) {
    if (expression.type === 'Identifier' && Object.hasOwn(tags, expression.name)) return tags[expression.name];
    throw new Error(refused);
  },
  evaluateProgram() {
    throw new Error(refused);
  },
});

/** The entry's body as React elements; `components` replaces plain HTML elements such as links. */
export function renderBody(term: Pick<Term, 'body' | 'bodyLine' | 'file'>, components: Partial<Components> = {}): ReactNode {
  const tree = toHtmlTree.runSync(parseBody(term.body, term.bodyLine)) as HastRoot;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, createEvaluater: writerTagsOnly, filePath: term.file });
}
