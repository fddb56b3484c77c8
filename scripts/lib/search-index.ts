/**
 * Pagefind indexes the exported pages (only entries carry
 * data-pagefind-body) into out/pagefind/, which the browser fetches in small
 * chunks when a reader searches.
 */
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
  return added.page_count;
}
