import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const { chromiumFlags, chromiumPath } = await import('../lib/chromium.ts');
const { serveOut } = await import('../lib/serve-out.ts');
const server = await serveOut(process.env.OUT || 'out');
for (const p of (process.env.PAGES || '/guides/how-insurance-is-sold').split(',')) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
  const run = await lighthouse(server.url + p, { port: chrome.port, output: 'json', logLevel: 'error' });
  const a = run!.lhr.audits;
  console.log(p, 'LCP', Math.round(a['largest-contentful-paint'].numericValue!), 'FCP', Math.round(a['first-contentful-paint'].numericValue!));
  for (const r of (a['network-requests'].details as any).items) console.log('  ', r.url.replace(server.url,''), r.transferSize, r.resourceType, r.priority);
  const el = (a['largest-contentful-paint-element'].details as any)?.items;
  console.log(run!.lhr.runtimeError, JSON.stringify(a['largest-contentful-paint-element']).slice(0,1500));
  chrome.kill();
}
server.stop();
