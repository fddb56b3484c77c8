/**
 * Pagefind indexes the exported pages (only entries carry
 * data-pagefind-body) into out/pagefind/, which the browser fetches in small
 * chunks when a reader searches.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexForSearch(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  preloadIndex(outDir);
  return added.page_count;
}

/**
 * Before it can search, Pagefind's worker fetches its entry file, then the
 * metadata and WebAssembly that file names: round trips one after another,
 * each a fraction of a second on a phone. /search asks for all three with
 * the page instead, and the worker finds them in the browser's cache (they
 * are served fresh for a minute: security-headers.ts).
 *
 * Pagefind adds the time to the entry file's address unless given a
 * `metaCacheTag`, and no cache serves an address never seen before. The tag
 * here is taken from the file's content, so it changes with every new index;
 * the page's script reads it from the preload (src/client/find.ts).
 * Returns the preloaded addresses.
 */
export function preloadIndex(outDir: string): string[] {
  const entryText = fs.readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const { languages } = JSON.parse(entryText) as {
    languages: Record<string, { hash: string; wasm?: string | null }>;
  };
  // Every page is indexed as English (forceLanguage above), the language Pagefind picks from <html lang>.
  const english = languages.en;
  if (!english)
    throw new Error('Pagefind wrote no English index: pagefind-entry.json has no "en".');
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const urls = [
    `/pagefind/pagefind-entry.json?ts=${tag}`,
    `/pagefind/pagefind.${english.hash}.pf_meta`,
    // Pagefind's own fallback when an index names no WebAssembly build.
    `/pagefind/wasm.${english.wasm || 'unknown'}.pagefind`,
  ];
  const page = path.join(outDir, 'search.html');
  const html = fs.readFileSync(page, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${page} has no </head> to add preloads to.`);
  // Low priority, as the page's own preloads: the stylesheet still comes first.
  const links = urls
    .map(
      (url) => `<link rel="preload" href="${url}" as="fetch" crossorigin="" fetchpriority="low"/>`,
    )
    .join('');
  fs.writeFileSync(page, html.replace('</head>', `${links}</head>`));
  return urls;
}
