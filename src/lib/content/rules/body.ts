import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { collections, docPath, type Kind } from '../collections';
import type { Problem } from '../errors';
import { codeProblems } from '../mdx/guard.mjs';
import { sectionIds, sections, tagId } from '../sections';
import { writerTags, type TagName } from '../writer-tags';
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
        const spec = tag.name ? writerTags[tag.name as TagName] : undefined;
        if (!spec) return undefined;
        seenTags.add(tag.name!);
        checkProps(tag, parent as Jsx | undefined, report);
        if (spec.section) lastLevel = sections[spec.section].level;
        else if (spec.headingLevel) lastLevel = spec.headingLevel;
        checkContents(tag, report);
        return undefined;
      }
      case 'heading': {
        const depth = (node as { depth: number }).depth;
        if (depth === 1)
          report(
            node,
            'structure',
            "the title is the page's only level-1 heading; start sections with ## instead of #",
          );
        else if (depth > lastLevel + 1) {
          report(
            node,
            'structure',
            `this heading skips a level (${'#'.repeat(lastLevel)} to ${'#'.repeat(depth)}); use ${'#'.repeat(lastLevel + 1)}`,
          );
        }
        const id = slugger.slug(toString(node));
        if ((sectionIds as string[]).includes(id)) {
          report(
            node,
            'structure',
            `the page already has a "${toString(node)}" section of its own; give this heading other words`,
          );
        }
        lastLevel = depth;
        return undefined;
      }
      case 'link':
      case 'definition':
        checkLink(
          node as Node & { url: string },
          (url) => resolveInternalLink(url, { path, draft: page.draft }, site),
          report,
        );
        return undefined;
      case 'table': {
        const header = (node as unknown as { children: { children: Node[] }[] }).children[0];
        header?.children.forEach((cell) => {
          if (!toString(cell).trim()) {
            report(
              cell,
              'structure',
              'a table header cell is empty; name the column (screen readers read it out with every cell), e.g. "Feature"',
            );
          }
        });
        return undefined;
      }
      case 'image':
        report(
          node,
          'links',
          'images are not supported in content yet; describe it in words or ask a developer',
        );
        return undefined;
      case 'text':
        if (/\bTODO\b/.test((node as { value: string }).value))
          report(node, 'template', 'template text left in: replace every TODO with real content');
        return undefined;
      default:
        return undefined;
    }
  });

  problems.push(...checkOutline(page, tree));
  return problems;
}

function checkProps(node: Jsx, parent: Jsx | undefined, report: Report) {
  const name = node.name!;
  const spec = writerTags[name as TagName];
  if (spec.parent && parent?.name !== spec.parent)
    report(node, 'mdx-component', `<${name}> belongs inside <${spec.parent}>`);
  // Attributes the compile adds itself (citation numbers) are not the writer's.
  for (const attribute of node.attributes.filter(
    (a) => !(a.data as { generated?: boolean } | undefined)?.generated,
  )) {
    // Spreads, event handlers and {expressions} are the guard's to refuse.
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      /^on/i.test(attribute.name) ||
      (attribute.value !== null && typeof attribute.value !== 'string')
    )
      continue;
    if (!spec.props[attribute.name]) {
      const allowed = Object.keys(spec.props);
      report(
        node,
        'mdx-props',
        `<${name}> has no prop "${attribute.name}"; ${allowed.length ? `it takes ${allowed.map((p) => `${p}="..."`).join(', ')}` : 'it takes no props'}`,
      );
    } else if (!attribute.value?.trim()) {
      report(
        node,
        'mdx-props',
        `${attribute.name} on <${name}> needs text in quotes, like ${attribute.name}="..."`,
      );
    } else if (
      spec.props[attribute.name].pattern &&
      !new RegExp(spec.props[attribute.name].pattern!).test(attribute.value)
    ) {
      report(
        node,
        'mdx-props',
        `${attribute.name}="${attribute.value}" on <${name}> is not ${spec.props[attribute.name].description}`,
      );
    }
  }
  for (const [prop, { required, description }] of Object.entries(spec.props)) {
    if (required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === prop)) {
      report(node, 'mdx-props', `<${name}> needs ${prop}="...": ${description}`);
    }
  }
}

/** What some tags must hold: a table for <Comparison>, steps for <Timeline>, payments for <MoneyFlow>, a link for <SeeAlso>. */
/**
 * What a writer tag must hold to be worth showing, from its `contains` in writer-tags.json:
 * an empty box is worse than none, so a tag with too little inside fails at its place.
 */
function checkContents(node: Jsx, report: Report) {
  const want = writerTags[node.name as TagName]?.contains;
  if (!want) return;
  const count = (test: (n: Node) => boolean) => {
    let n = 0;
    visit(node, (inner) => {
      if (inner !== node && test(inner)) n++;
    });
    return n;
  };
  const tag = `<${node.name}>`;
  if (want.items) {
    const items = count((n) => n.type === 'listItem');
    if (items < want.items)
      report(
        node,
        'structure',
        `${tag} holds at least ${want.items} point${want.items === 1 ? '' : 's'} as a "- " list (it has ${items})`,
      );
  }
  if (want.tag) {
    const children = count(
      (n) =>
        (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
        (n as Jsx).name === want.tag,
    );
    if (children < (want.count ?? 1))
      report(
        node,
        'structure',
        `${tag} needs at least ${want.count ?? 1} <${want.tag}> (it has ${children})`,
      );
  }
  if (want.words) {
    const words = toString(node).split(/\s+/).filter(Boolean).length;
    if (words < want.words)
      report(
        node,
        'structure',
        `${tag} needs at least ${want.words} word${want.words === 1 ? '' : 's'} of text inside (it has ${words})`,
      );
  }
  if (want.table) {
    const tables = count((n) => n.type === 'table');
    if (tables !== 1)
      report(
        node,
        'structure',
        `${tag} holds one Markdown table (it has ${tables}), with a blank line before and after it`,
      );
  }
  if (want.link && !count((n) => n.type === 'link'))
    report(
      node,
      'structure',
      `${tag} names the other term with a link to it, like [Medicare Part A](/glossary/medicare-part-a)`,
    );
}

/**
 * The parts every page of a kind must have, in order (collections.ts): a
 * writer's `##` heading with the given words, or a writer tag at the top level.
 */
function checkOutline(page: BodyFile, tree: Root): Problem[] {
  const { outline, noun, template } = collections[page.kind];
  const parts: { key: string; node: Node }[] = tree.children.flatMap((node) => {
    if (node.type === 'heading' && node.depth === 2)
      return [{ key: `## ${toString(node)}`, node: node as Node }];
    if (node.type === 'mdxJsxFlowElement' && node.name)
      return [{ key: `<${node.name}>`, node: node as Node }];
    return [];
  });
  const bodyStart = tree.children.find((n) => n.type !== 'yaml')?.position?.start ?? {
    line: 1,
    column: 1,
  };
  const problems: Problem[] = [];
  let last = -1;
  let previous: string | undefined;
  for (const step of outline) {
    const key = 'heading' in step ? `## ${step.heading}` : `<${step.tag}>`;
    const index = parts.findIndex((p) => p.key === key);
    const at =
      index >= 0
        ? parts[index].node.position!.start
        : (parts[last]?.node.position?.end ?? bodyStart);
    const problem = (message: string) =>
      problems.push({
        file: page.file,
        line: at.line,
        column: index >= 0 ? at.column : 1,
        rule: 'structure',
        message,
        severity: 'error',
      });
    if (index < 0) {
      problem(
        `every ${noun} needs a ${'heading' in step ? `"${key}" heading` : `${key} section`}${previous ? ` after ${previous}` : ''} (see ${template})`,
      );
    } else if (index < last) {
      problem(`${key} must come after ${previous} (see ${template})`);
    } else {
      last = index;
    }
    previous = key;
  }
  return problems;
}

function checkLink(
  node: Node & { url: string },
  resolve: (url: string) => string | undefined,
  report: Report,
) {
  const url = node.url.trim();
  // Script and data addresses are the guard's to refuse.
  if (/^(javascript|data|vbscript):/i.test(url)) return;
  if (/^http:\/\//i.test(url))
    return report(node, 'links', `use https:// for external links (${url})`);
  if (/^https:\/\//i.test(url) || /^mailto:/i.test(url)) return;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return report(
      node,
      'links',
      `link to other pages with a site path like /glossary/annuity, not "${url}"`,
    );
  }
  const problem = resolve(url);
  if (problem) report(node, 'links', problem);
}

/** Ids a reader can jump to on a page: its headings (as rehype-slug makes them) and the page's own sections. */
export function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>(sectionIds);
  visit(tree, (node) => {
    if (node.type === 'heading') ids.add(slugger.slug(toString(node)));
    // A worked example's heading is the tag's own.
    else if (node.type === 'mdxJsxFlowElement' && (node as Jsx).name === 'Example') {
      const title = (node as Jsx).attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'title',
      )?.value;
      if (typeof title === 'string') ids.add(tagId('example', title));
    }
  });
  return ids;
}
