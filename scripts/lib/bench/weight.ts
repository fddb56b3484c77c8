/**
 * What a reader downloads to show a page: every request the page makes on
 * load, by type. "gzip" is each response body compressed as a server or CDN
 * sends it (gzip level 6), without HTTP headers, so it does not depend on the
 * host; "wire" is what this local server actually sent, headers included.
 */
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Sizes {
  raw: number;
  gzip: number;
  wire: number;
}

export interface Weight {
  requests: number;
  byType: Record<string, Sizes>;
  total: Sizes;
}

export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const wire = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
  const bodies: { type: string; body: Buffer }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    bodies.push({ type, body: await response.body().catch(() => Buffer.alloc(0)) });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  const names: Record<string, string> = { document: 'HTML', stylesheet: 'CSS', script: 'JS' };
  const byType: Record<string, Sizes> = {};
  for (const { type, body } of bodies) {
    const name = names[type] ?? 'Other';
    byType[name] ??= { raw: 0, gzip: 0, wire: 0 };
    byType[name].raw += body.length;
    byType[name].gzip += zlib.gzipSync(body, { level: 6 }).length;
  }
  const totalWire = [...wire.values()].reduce((n, b) => n + b, 0);
  const all = Object.values(byType);
  return {
    requests: bodies.length,
    byType,
    total: {
      raw: all.reduce((n, s) => n + s.raw, 0),
      gzip: all.reduce((n, s) => n + s.gzip, 0),
      wire: totalWire,
    },
  };
}
