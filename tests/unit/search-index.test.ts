import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadIndex } from '../../scripts/lib/search-index';

const page =
  '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/a.css"/></head><body><main></main></body></html>';
const dirs: string[] = [];

/** An exported site with /search and what Pagefind writes beside its index. */
function site(entry: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'pagefind'));
  fs.writeFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
  fs.writeFileSync(path.join(dir, 'search.html'), page);
  return dir;
}
const entry = (hash: string) => ({
  version: '1.6.0',
  languages: { en: { hash, wasm: 'en', page_count: 3 } },
});
const head = (dir: string) =>
  fs.readFileSync(path.join(dir, 'search.html'), 'utf8').split('</head>')[0];

afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true })));

describe('the search page asks for Pagefind’s first files with the page', () => {
  it('preloads the entry file, the metadata and the WebAssembly it names', () => {
    const dir = site(entry('en_1a2b3c'));
    const urls = preloadIndex(dir);
    expect(urls).toEqual([
      expect.stringMatching(/^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{12}$/),
      '/pagefind/pagefind.en_1a2b3c.pf_meta',
      '/pagefind/wasm.en.pagefind',
    ]);
    for (const url of urls)
      expect(head(dir)).toContain(`<link rel="preload" href="${url}" as="fetch" crossorigin=""`);
    // After the stylesheet, which still comes first.
    expect(head(dir).indexOf('a.css')).toBeLessThan(head(dir).indexOf('pagefind'));
  });

  it('tags the entry file by its content, so a new index gets a new address', () => {
    const [first, same, other] = ['en_1a2b3c', 'en_1a2b3c', 'en_9f8e7d'].map(
      (hash) => preloadIndex(site(entry(hash)))[0],
    );
    expect(same).toBe(first);
    expect(other).not.toBe(first);
  });

  it('stops the build when Pagefind wrote no English index', () => {
    const dir = site({ version: '1.6.0', languages: { fr: { hash: 'fr_1', wasm: 'fr' } } });
    expect(() => preloadIndex(dir)).toThrow(/no English index/);
    expect(head(dir)).not.toContain('pagefind');
  });
});
