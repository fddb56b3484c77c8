import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { Problem } from './errors';
import type { EntryBody } from './load';
import { resolveInternalLink } from './routes';
import { pageAnchors, requiredTags, writerTags } from './writer-tags';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const dangerousTags = new Set(['script', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'form']);

/**
 * The MDX allow-list, link and structure rules for one entry body. MDX can
 * run code at build time and ship it to readers, so an entry may contain
 * only Markdown and the writer tags in writer-tags.ts.
 */
export function checkBody(term: EntryBody, tree: Root, anchorsBySlug: Map<string, Set<string>>, drafts: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const report = (node: Node, rule: string, message: string) =>
    problems.push({
      file: term.file,
      line: node.position?.start.line ?? term.bodyLine,
      column: node.position?.start.column ?? 1,
      rule,
      message,
      severity: 'error',
    });

  const seenTags = new Set<string>();
  const slugger = new GithubSlugger();
  let lastLevel = 1;

  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'mdx-code', 'import and export are not allowed in entries; writer tags like <KeyTakeaways> work without imports');
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'mdx-code', '{ } marks code in MDX and is not allowed in entries; to show a brace, write \\{');
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = (node as Jsx).name;
        if (name && writerTags[name]) seenTags.add(name);
        checkTag(node as Jsx, parent as Jsx | undefined, report);
        const level = name ? writerTags[name]?.headingLevel : undefined;
        if (level) lastLevel = level;
        return undefined;
      }
      case 'heading': {
        const depth = (node as { depth: number }).depth;
        if (depth === 1) report(node, 'structure', 'the entry title is the page\'s only level-1 heading; start sections with ## instead of #');
        else if (depth > lastLevel + 1) report(node, 'structure', `this heading skips a level (${'#'.repeat(lastLevel)} to ${'#'.repeat(depth)}); use ${'#'.repeat(lastLevel + 1)}`);
        const id = slugger.slug(toString(node));
        if (pageAnchors.includes(id)) report(node, 'structure', `the page already has a "${toString(node)}" section of its own; give this heading other words`);
        lastLevel = depth;
        return undefined;
      }
      case 'link':
      case 'definition':
        checkLink(node as Node & { url: string }, (url) => resolveInternalLink(url, anchorsBySlug, { slug: term.slug, draft: term.status === 'draft' }, drafts), report);
        return undefined;
      case 'table': {
        const header = (node as Root['children'][number] & { children: { children: Node[] }[] }).children[0];
        header?.children.forEach((cell) => {
          if (!toString(cell).trim()) report(cell, 'structure', 'a table header cell is empty; name the column (screen readers read it out with every cell), e.g. "Feature"');
        });
        return undefined;
      }
      case 'image':
        report(node, 'links', 'images are not supported in entries yet; describe it in words or ask a developer');
        return undefined;
      case 'text':
        if (/\bTODO\b/.test((node as { value: string }).value)) report(node, 'template', 'template text left in: replace every TODO with real content');
        return undefined;
      default:
        return undefined;
    }
  });

  for (const tag of requiredTags) {
    if (!seenTags.has(tag)) {
      problems.push({ file: term.file, line: term.bodyLine, column: 1, rule: 'structure', message: `every entry needs a <${tag}> section (see content/_template.mdx)`, severity: 'error' });
    }
  }
  return problems;
}

function checkTag(node: Jsx, parent: Jsx | undefined, report: (node: Node, rule: string, message: string) => void) {
  const name = node.name;
  if (!name) return report(node, 'mdx-component', 'empty <> fragments are not allowed; remove them');
  if (dangerousTags.has(name.toLowerCase())) return report(node, 'mdx-component', `<${name}> is not allowed in entries: it could run code or change the page for every reader`);
  const spec = writerTags[name];
  if (!spec) return report(node, 'mdx-component', `<${name}> is not a writer tag; use Markdown or one of: ${Object.keys(writerTags).map((t) => `<${t}>`).join(', ')}`);
  if (spec.parent && parent?.name !== spec.parent) report(node, 'mdx-component', `<${name}> belongs inside <${spec.parent}>`);

  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, 'mdx-code', `<${name}> has a {...} spread; write each prop as name="text"`);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      report(node, 'mdx-code', `${attribute.name} is an event handler and is not allowed in entries`);
      continue;
    }
    if (!spec.props[attribute.name]) {
      const allowed = Object.keys(spec.props);
      report(node, 'mdx-props', `<${name}> has no prop "${attribute.name}"; ${allowed.length ? `it takes ${allowed.map((p) => `${p}="..."`).join(', ')}` : 'it takes no props'}`);
      continue;
    }
    if (typeof attribute.value !== 'string' || !attribute.value.trim()) {
      report(node, 'mdx-code', `${attribute.name} on <${name}> must be plain text in quotes, like ${attribute.name}="..."`);
    } else if (/^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
      report(node, 'links', `${attribute.name} on <${name}> uses a script or data address, which is not allowed`);
    }
  }
  for (const [prop, { required, description }] of Object.entries(spec.props)) {
    if (required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === prop)) {
      report(node, 'mdx-props', `<${name}> needs ${prop}="...": ${description}`);
    }
  }
}

function checkLink(node: Node & { url: string }, resolve: (url: string) => string | undefined, report: (node: Node, rule: string, message: string) => void) {
  const url = node.url.trim();
  if (/^(javascript|data|vbscript):/i.test(url)) return report(node, 'links', 'script and data addresses are not allowed in links');
  if (/^http:\/\//i.test(url)) return report(node, 'links', `use https:// for external links (${url})`);
  if (/^https:\/\//i.test(url) || /^mailto:/i.test(url)) return;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return report(node, 'links', `link to other entries with a site path like /glossary/annuity, not "${url}"`);
  }
  const problem = resolve(url);
  if (problem) report(node, 'links', problem);
}

/** Ids a reader can jump to on an entry page: its headings (as rehype-slug makes them) and the page's own sections. */
export function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set(pageAnchors);
  visit(tree, 'heading', (node) => {
    ids.add(slugger.slug(toString(node)));
  });
  return ids;
}
