import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '@/lib/content/rules';
import { shown, writeSnapshot } from '@/lib/content/store';

// A published entry and a draft (cooling-off-period) that is not linked from it.
const root = path.join('tests', 'fixtures', 'drafts');

async function site(mode: 'production' | 'development', snapshot?: string) {
  vi.resetModules();
  // With a snapshot, the content files must not be read at all: point at a folder with none.
  vi.stubEnv('CONTENT_ROOT', snapshot ? path.dirname(snapshot) : root);
  vi.stubEnv('NODE_ENV', mode);
  if (snapshot) vi.stubEnv('CONTENT_SNAPSHOT', snapshot);
  const { getEntries } = await import('@/lib/content/store');
  const sitemap = (await import('@/app/sitemap')).default;
  const api = await import('@/app/api/glossary.json/route');
  const feed = await import('@/app/feed.xml/route');
  const names = await import('@/app/search-names.json/route');
  return {
    slugs: getEntries().map((e) => e.slug),
    sitemap: sitemap().map((u) => u.url),
    api: (await api.GET().json()).terms.map((t: { slug: string }) => t.slug),
    feed: await feed.GET().text(),
    names: JSON.stringify(await names.GET().json()),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('drafts', () => {
  it('are left out of every page, list, sitemap, feed and search name index in a production build', async () => {
    const built = await site('production');
    expect(built.slugs).toEqual(['free-look-period']);
    expect(built.sitemap.some((u) => u.includes('cooling-off-period'))).toBe(false);
    expect(built.api).toEqual(['free-look-period']);
    expect(built.feed).not.toContain('Cooling-Off');
    expect(built.names).not.toContain('Cooling');
    expect(built.names).toContain('Free Look');
  });

  it('are left out of the checked content `npm run build` hands to Next', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), 'content.json');
    writeSnapshot(file, shown(checkContent({ root, today: '2026-06-01' })));
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

describe('the store under `next dev`', () => {
  it('shows a saved edit at once, without a restart', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    fs.cpSync(root, scratch, { recursive: true });
    vi.resetModules();
    vi.stubEnv('CONTENT_ROOT', scratch);
    vi.stubEnv('NODE_ENV', 'development');
    const { getEntry } = await import('@/lib/content/store');
    expect(getEntry('free-look-period')?.description).toContain('cancel');
    const file = path.join(scratch, 'glossary', 'free-look-period.mdx');
    const text = fs
      .readFileSync(file, 'utf8')
      .replace(
        /^description: .*$/m,
        'description: A window to change your mind about a new policy.',
      );
    fs.writeFileSync(file, text);
    // A saved file keeps its size here, so its time is what changes.
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(getEntry('free-look-period')?.description).toBe(
      'A window to change your mind about a new policy.',
    );
    fs.rmSync(scratch, { recursive: true });
  });
});
