/**
 * What a reader downloads to show a page: every request the page makes on
 * load, by type, with the bytes on the wire (gzip, as the server sends them)
 * and uncompressed.
 */
import type { Browser } from 'playwright-core';

export interface Weight {
  requests: number;
  byType: Record<string, { raw: number; wire: number }>;
  totalRaw: number;
  totalWire: number;
  jsWire: number;
}

export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const sizes = new Map<string, { raw: number; wire: number }>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.dataReceived', (e) => {
    const s = sizes.get(e.requestId) ?? { raw: 0, wire: 0 };
    s.raw += e.dataLength;
    sizes.set(e.requestId, s);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = sizes.get(e.requestId) ?? { raw: 0, wire: 0 };
    s.wire = e.encodedDataLength;
    sizes.set(e.requestId, s);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const byType: Weight['byType'] = {};
  for (const [id, size] of sizes) {
    const type = (types.get(id) ?? 'Other').replace('Stylesheet', 'CSS').replace('Script', 'JS').replace('Document', 'HTML');
    byType[type] ??= { raw: 0, wire: 0 };
    byType[type].raw += size.raw;
    byType[type].wire += size.wire;
  }
  await context.close();
  const all = Object.values(byType);
  return {
    requests: sizes.size,
    byType,
    totalRaw: all.reduce((n, s) => n + s.raw, 0),
    totalWire: all.reduce((n, s) => n + s.wire, 0),
    jsWire: byType.JS?.wire ?? 0,
  };
}
