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
import { Parser } from 'htmlparser2';

/** A preload of one of the framework's scripts; the site's own (the search page's) stay. */
function isFrameworkScriptPreload(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  const script =
    rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script');
  return script && (attributes.href ?? '').startsWith('/_next/');
}

/**
 * A page without the framework's scripts, with the loader (if any) at the
 * end of its body. An HTML tokenizer finds where each script, script
 * preload, comment (React's text and Suspense markers) and empty streaming
 * placeholder (`<div hidden><!--$--><!--/$--></div>`) starts and ends; those
 * spans are cut and every other byte is kept as Next wrote it. Structured
 * data is data, not code: it stays.
 */
export function rewritePage(html: string, loader = ''): string {
  const cuts: [number, number][] = [];
  let script: { start: number; keep: boolean } | undefined;
  // Open <div>s, and whether each has had anything but comments in it so far.
  const divs: { start: number; hidden: boolean; onlyComments: boolean }[] = [];
  let bodyEnd = html.length;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (divs.length) divs[divs.length - 1].onlyComments = false;
        if (name === 'script')
          script = { start: parser.startIndex, keep: attributes.type === 'application/ld+json' };
        else if (name === 'link' && isFrameworkScriptPreload(attributes))
          cuts.push([parser.startIndex, parser.endIndex + 1]);
        else if (name === 'div')
          divs.push({
            start: parser.startIndex,
            hidden: 'hidden' in attributes,
            onlyComments: true,
          });
      },
      // React's markers between text and around Suspense boundaries mean nothing without React.
      oncomment() {
        cuts.push([parser.startIndex, parser.endIndex + 1]);
      },
      ontext(text) {
        if (divs.length && text.trim()) divs[divs.length - 1].onlyComments = false;
      },
      onclosetag(name, implied) {
        if (name === 'script' && script) {
          if (!script.keep) cuts.push([script.start, parser.endIndex + 1]);
          script = undefined;
        } else if (name === 'div') {
          const div = divs.pop();
          if (div?.hidden && div.onlyComments && !implied)
            cuts.push([div.start, parser.endIndex + 1]);
        } else if (name === 'body' && !implied) {
          bodyEnd = parser.startIndex;
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  let page = '';
  let at = 0;
  const keep = (to: number) => {
    // The loader goes in just before </body>, after everything that stays.
    if (loader && at <= bodyEnd && bodyEnd <= to) {
      page += `${html.slice(at, bodyEnd)}<script>${loader}</script>${html.slice(bodyEnd, to)}`;
    } else {
      page += html.slice(at, to);
    }
  };
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    keep(start);
    at = end;
  }
  keep(html.length);
  return page;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function postExport(
  outDir: string,
  loader: string,
): { pages: number; removedFiles: number } {
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  // What is left referencing /_next/ is the stylesheet; everything else there was for the scripts.
  const referenced = new Set<string>();
  for (const page of pages) {
    const html = rewritePage(fs.readFileSync(page, 'utf8'), loader);
    fs.writeFileSync(page, html);
    for (const match of html.matchAll(/\/_next\/[^"'\s)]+/g)) referenced.add(match[0]);
  }
  const htmlFiles = new Set(pages);
  let removedFiles = 0;
  for (const file of files) {
    const url = '/' + path.relative(outDir, file).split(path.sep).join('/');
    const frameworkFile = url.startsWith('/_next/') && !referenced.has(url);
    // The router's payload files (page.txt beside page.html, __next.*.txt) are fetched only by the removed scripts.
    const payload =
      /\/__next\.[^/]*\.txt$/.test(url) ||
      (url.endsWith('.txt') && htmlFiles.has(file.replace(/\.txt$/, '.html')));
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
