import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { collections, docPath, type Kind } from '../collections';
import type { Problem } from '../errors';
import { codeProblems } from '../mdx/guard.mjs';
import { sectionIds, sections } from '../sections';
import { writerTags } from '../writer-tags';
import { resolveInternalLink, type SiteMap } from './links';
import type { Rule } from './names';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Report = (node: Node, rule: Rule, message: string) => void;

export interface BodyFile {
  kind: Kind;
  slug: string;
  file: string;
  draft: boolean;
}

/**
 * The rules for one body: no code (the same refusal the compile makes),
 * writer tags with their props, links that resolve, headings in order and
 * the sections every page of its kind needs.
 */
export function checkBody(page: BodyFile, tree: Root, site: SiteMap): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (node, rule, message) =>
    problems.push({
      file: page.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      rule,
      message,
      severity: 'error',
    });

  for (const { node, rule, message } of codeProblems(tree)) report(node, rule, message);

  const seenTags = new Set<string>();
  const slugger = new GithubSlugger();
  let lastLevel = 1;
  const path = docPath(page.kind, page.slug);

  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = node as Jsx;
        const spec = tag.name ? writerTags[tag.name] : undefined;
        if (!spec) return undefined;
        seenTags.add(tag.name!);
        checkProps(tag, parent as Jsx | undefined, report);
        if (spec.section) lastLevel = sections[spec.section].level;
        return undefined;
      }
      case 'heading': {
        const depth = (node as { depth: number }).depth;
        if (depth === 1) report(node, 'structure', "the title is the page's only level-1 heading; start sections with ## instead of #");
        else if (depth > lastLevel + 1) {
          report(node, 'structure', `this heading skips a level (${'#'.repeat(lastLevel)} to ${'#'.repeat(depth)}); use ${'#'.repeat(lastLevel + 1)}`);
        }
        const id = slugger.slug(toString(node));
        if ((sectionIds as string[]).includes(id)) {
          report(node, 'structure', `the page already has a "${toString(node)}" section of its own; give this heading other words`);
        }
        lastLevel = depth;
        return undefined;
      }
      case 'link':
      case 'definition':
        checkLink(node as Node & { url: string }, (url) => resolveInternalLink(url, { path, draft: page.draft }, site), report);
        return undefined;
      case 'table': {
        const header = (node as unknown as { children: { children: Node[] }[] }).children[0];
        header?.children.forEach((cell) => {
          if (!toString(cell).trim()) {
            report(cell, 'structure', 'a table header cell is empty; name the column (screen readers read it out with every cell), e.g. "Feature"');
          }
        });
        return undefined;
      }
      case 'image':
        report(node, 'links', 'images are not supported in content yet; describe it in words or ask a developer');
        return undefined;
      case 'text':
        if (/\bTODO\b/.test((node as { value: string }).value)) report(node, 'template', 'template text left in: replace every TODO with real content');
        return undefined;
      default:
        return undefined;
    }
  });

  const { requiredTags, noun, template } = collections[page.kind];
  const bodyStart = tree.children.find((n) => n.type !== 'yaml')?.position?.start ?? { line: 1, column: 1 };
  for (const tag of requiredTags.filter((t) => !seenTags.has(t))) {
    problems.push({
      file: page.file,
      line: bodyStart.line,
      column: 1,
      rule: 'structure',
      message: `every ${noun} needs a <${tag}> section (see ${template})`,
      severity: 'error',
    });
  }
  return problems;
}

function checkProps(node: Jsx, parent: Jsx | undefined, report: Report) {
  const name = node.name!;
  const spec = writerTags[name];
  if (spec.parent && parent?.name !== spec.parent) report(node, 'mdx-component', `<${name}> belongs inside <${spec.parent}>`);
  for (const attribute of node.attributes) {
    // Spreads, event handlers and {expressions} are the guard's to refuse.
    if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attribute.name) || (attribute.value !== null && typeof attribute.value !== 'string')) continue;
    if (!spec.props[attribute.name]) {
      const allowed = Object.keys(spec.props);
      report(
        node,
        'mdx-props',
        `<${name}> has no prop "${attribute.name}"; ${allowed.length ? `it takes ${allowed.map((p) => `${p}="..."`).join(', ')}` : 'it takes no props'}`,
      );
    } else if (!attribute.value?.trim()) {
      report(node, 'mdx-props', `${attribute.name} on <${name}> needs text in quotes, like ${attribute.name}="..."`);
    }
  }
  for (const [prop, { required, description }] of Object.entries(spec.props)) {
    if (required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === prop)) {
      report(node, 'mdx-props', `<${name}> needs ${prop}="...": ${description}`);
    }
  }
}

function checkLink(node: Node & { url: string }, resolve: (url: string) => string | undefined, report: Report) {
  const url = node.url.trim();
  // Script and data addresses are the guard's to refuse.
  if (/^(javascript|data|vbscript):/i.test(url)) return;
  if (/^http:\/\//i.test(url)) return report(node, 'links', `use https:// for external links (${url})`);
  if (/^https:\/\//i.test(url) || /^mailto:/i.test(url)) return;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return report(node, 'links', `link to other pages with a site path like /glossary/annuity, not "${url}"`);
  }
  const problem = resolve(url);
  if (problem) report(node, 'links', problem);
}

/** Ids a reader can jump to on a page: its headings (as rehype-slug makes them) and the page's own sections. */
export function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>(sectionIds);
  visit(tree, 'heading', (node) => {
    ids.add(slugger.slug(toString(node)));
  });
  return ids;
}
