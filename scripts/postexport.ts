/**
 * After `next build` has exported the site to out/: take the framework's
 * scripts out of every page, then delete the files only those scripts used.
 *
 * Why: every page here is a document. Nothing on it needs React in the
 * browser (links are plain links), yet a Next export ships ~139 KB of gzipped
 * JS per page to hydrate it. In their place each page gets one small inline
 * loader (src/client/loader.ts) that fetches an enhancement only when the
 * reader reaches for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { select } from 'hast-util-select';
import { unified } from 'unified';
import { remove } from 'unist-util-remove';

export function isFrameworkScript(node: Element): boolean {
  // Structured data is data, not code: it stays.
  if (node.tagName === 'script') return node.properties.type !== 'application/ld+json';
  if (node.tagName === 'link') {
    const rel = ([] as unknown[]).concat(node.properties.rel ?? []).map(String);
    return rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script');
  }
  return false;
}

/** React leaves `<div hidden><!--$--><!--/$--></div>` for streaming; with no scripts it means nothing. */
function isEmptyHiddenDiv(node: Element): boolean {
  return node.tagName === 'div' && node.properties.hidden === true && node.children.every((c) => c.type === 'comment');
}

function pageProcessor(loader: string) {
  return unified()
    .use(rehypeParse)
    .use(() => (tree: Root) => {
      remove(tree, (node) => node.type === 'element' && (isFrameworkScript(node as Element) || isEmptyHiddenDiv(node as Element)));
      const body = select('body', tree);
      if (body && loader)
        body.children.push({ type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: loader }] });
    })
    .use(rehypeStringify);
}

/** A page without the framework's scripts, with the loader (if any) at the end of its body. */
export function rewritePage(html: string, loader = ''): string {
  return String(pageProcessor(loader).processSync(html));
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function postExport(outDir: string, loader: string): { pages: number; removedFiles: number } {
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const processor = pageProcessor(loader);
  for (const page of pages) fs.writeFileSync(page, String(processor.processSync(fs.readFileSync(page, 'utf8'))));

  // What is left referencing /_next/ is the stylesheet; everything else there was for the scripts.
  const referenced = new Set<string>();
  for (const page of pages) {
    for (const match of fs.readFileSync(page, 'utf8').matchAll(/\/_next\/[^"'\s)]+/g)) referenced.add(match[0]);
  }
  const htmlFiles = new Set(pages);
  let removedFiles = 0;
  for (const file of files) {
    const url = '/' + path.relative(outDir, file).split(path.sep).join('/');
    const frameworkFile = url.startsWith('/_next/') && !referenced.has(url);
    // The router's payload files (page.txt beside page.html, __next.*.txt) are fetched only by the removed scripts.
    const payload = /\/__next\.[^/]*\.txt$/.test(url) || (url.endsWith('.txt') && htmlFiles.has(file.replace(/\.txt$/, '.html')));
    const duplicate404 = url === '/_not-found.html'; // the same page is out/404.html
    if (frameworkFile || payload || duplicate404) {
      fs.rmSync(file);
      removedFiles++;
    }
  }
  for (const dir of dirsBottomUp(outDir)) {
    if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  }
  return { pages: pages.length, removedFiles };
}

function dirsBottomUp(dir: string): string[] {
  const subdirs = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => dirsBottomUp(path.join(dir, e.name)));
  return [...subdirs, dir];
}
