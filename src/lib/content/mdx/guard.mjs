// @ts-check
/**
 * The MDX guard: content files hold words, never code. MDX compiles every
 * `{expression}`, `import`/`export` and JSX attribute into JavaScript that
 * runs at build time and in pages, so this remark plugin refuses all of it,
 * and every tag outside the writer-tag list, before the compiler goes on.
 * It runs inside @next/mdx's compile (so `next dev` or a bare `next build`
 * cannot run code from content even when the content check is skipped) and
 * the content check reports the same problems through `codeProblems`.
 */
import path from 'node:path';
import { visit } from 'unist-util-visit';
import writerTags from '../writer-tags.json' with { type: 'json' };

/** @typedef {import('mdast').Root} Root */
/** @typedef {import('unist').Node} Node */
/** @typedef {{ node: Node, rule: 'mdx-code' | 'mdx-component' | 'links', message: string }} CodeProblem */

export const tagNames = Object.keys(writerTags.tags);

const dangerousTags = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'link',
  'meta',
  'form',
  'base',
]);
const scriptUrl = /^\s*(javascript|data|vbscript):/i;

/**
 * Everything in a parsed MDX file that would run as code, in document order.
 * @param {Root} tree
 * @returns {CodeProblem[]}
 */
export function codeProblems(tree) {
  /** @type {CodeProblem[]} */
  const problems = [];
  /** @param {Node} node @param {CodeProblem['rule']} rule @param {string} message */
  const report = (node, rule, message) => problems.push({ node, rule, message });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'mdx-code',
          'import and export are not allowed in content; writer tags like <KeyTakeaways> work without imports',
        );
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          'mdx-code',
          '{ } marks code in MDX and is not allowed in content; to show a brace, write \\{',
        );
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A <Cite> made by citations.mjs from a [^source] marker is the compile's own, not the writer's.
        if (/** @type {{ data?: { generated?: boolean } }} */ (node).data?.generated)
          return undefined;
        checkTag(/** @type {import('mdast-util-mdx-jsx').MdxJsxFlowElement} */ (node), report);
        return undefined;
      case 'link':
      case 'definition':
        if (scriptUrl.test(/** @type {{ url: string }} */ (/** @type {unknown} */ (node)).url)) {
          report(node, 'links', 'script and data addresses are not allowed in links');
        }
        return undefined;
      default:
        return undefined;
    }
  });
  return problems;
}

/**
 * @param {import('mdast-util-mdx-jsx').MdxJsxFlowElement} node
 * @param {(node: Node, rule: CodeProblem['rule'], message: string) => void} report
 */
function checkTag(node, report) {
  const name = node.name;
  if (!name)
    return report(node, 'mdx-component', 'empty <> fragments are not allowed; remove them');
  if (dangerousTags.has(name.toLowerCase())) {
    return report(
      node,
      'mdx-component',
      `<${name}> is not allowed in content: it could run code or change the page for every reader`,
    );
  }
  if (!tagNames.includes(name)) {
    return report(
      node,
      'mdx-component',
      `<${name}> is not a writer tag; use Markdown or one of: ${tagNames.map((t) => `<${t}>`).join(', ')}`,
    );
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, 'mdx-code', `<${name}> has a {...} spread; write each prop as name="text"`);
    } else if (/^on/i.test(attribute.name)) {
      report(
        node,
        'mdx-code',
        `${attribute.name} is an event handler and is not allowed in content`,
      );
    } else if (attribute.value !== null && typeof attribute.value !== 'string') {
      report(
        node,
        'mdx-code',
        `${attribute.name} on <${name}> must be plain text in quotes, like ${attribute.name}="..."`,
      );
    } else if (typeof attribute.value === 'string' && scriptUrl.test(attribute.value)) {
      report(
        node,
        'links',
        `${attribute.name} on <${name}> uses a script or data address, which is not allowed`,
      );
    }
  }
}

/**
 * The remark plugin. All problems are reported at once, each as
 * `path:line:col  rule  message` like the content check.
 */
export default function remarkGuard() {
  /** @param {Root} tree @param {import('vfile').VFile} file */
  return (tree, file) => {
    const problems = codeProblems(tree);
    if (!problems.length) return;
    const where = path.relative(process.cwd(), file.path || 'content.mdx');
    const lines = problems.map(({ node, rule, message }) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      return `${where}:${start.line}:${start.column}  ${rule}  ${message}`;
    });
    file.fail(
      `content may not contain code; nothing from this file was run:\n${lines.join('\n')}`,
      problems[0].node,
    );
  };
}
