import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { publishedSnapshot, writeSnapshot } from '@/lib/content/snapshot';

// A published entry and a draft (cooling-off-period) that is not linked from it.
const dir = path.join('tests', 'fixtures', 'drafts');

async function site(mode: 'production' | 'development', snapshot?: string) {
  vi.resetModules();
  // With a snapshot, the entry files must not be read at all: point at a folder with none.
  vi.stubEnv('CONTENT_DIR', snapshot ? path.dirname(snapshot) : dir);
  vi.stubEnv('NODE_ENV', mode);
  if (snapshot) vi.stubEnv('GLOSSARY_SNAPSHOT', snapshot);
  const { getTerms } = await import('@/lib/content/load');
  const sitemap = (await import('@/app/sitemap')).default;
  const api = await import('@/app/api/glossary.json/route');
  const feed = await import('@/app/feed.xml/route');
  const words = await import('@/app/search-words.json/route');
  return {
    slugs: getTerms().map((t) => t.slug),
    sitemap: sitemap().map((u) => u.url),
    api: (await api.GET().json()).terms.map((t: { slug: string }) => t.slug),
    feed: await feed.GET().text(),
    words: await words.GET().json(),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('drafts', () => {
  it('are left out of every page, list, sitemap, feed and search word list in a production build', async () => {
    const built = await site('production');
    expect(built.slugs).toEqual(['free-look-period']);
    expect(built.sitemap.some((u) => u.includes('cooling-off-period'))).toBe(false);
    expect(built.api).toEqual(['free-look-period']);
    expect(built.feed).not.toContain('Cooling-Off');
    expect(built.words).not.toContain('cooling');
  });

  it('are left out of the checked content `npm run build` hands to Next', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), 'content.json');
    const report = checkContent({ dir, today: '2026-06-01' });
    writeSnapshot(file, publishedSnapshot(report));
    const built = await site('production', file);
    expect(built.slugs).toEqual(['free-look-period']);
    expect(built.api).toEqual(['free-look-period']);
    expect(built.feed).not.toContain('Cooling-Off');
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('show in `next dev`', async () => {
    const dev = await site('development');
    expect(dev.slugs.sort()).toEqual(['cooling-off-period', 'free-look-period']);
  });
});
