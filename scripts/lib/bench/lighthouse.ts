/**
 * Lighthouse (12.2.3) in Debian's Chromium, mobile and desktop, each page
 * three times; the median run is reported.
 *
 * Throttling is simulated by default (Lighthouse's own default). Its
 * simulation leaves out every request a worker makes, so for a page whose
 * work happens in a worker (/search: Pagefind) the bench also measures with
 * the throttling applied to the real requests ('devtools').
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, chromiumPath } from '../chromium';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runLighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
  runs = 3,
  throttlingMethod: 'simulate' | 'devtools' = 'simulate',
): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumFlags],
    });
    try {
      const config = formFactor === 'desktop' ? desktopConfig : undefined;
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod },
        config,
      );
      const lhr = run!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id].score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
        tbtMs: lhr.audits['total-blocking-time'].numericValue ?? 0,
        cls: lhr.audits['cumulative-layout-shift'].numericValue ?? 0,
      });
    } finally {
      chrome.kill();
    }
  }
  // The run with the median performance score, so the figures belong together.
  const mid = median(results.map((r) => r.performance));
  return results.find((r) => r.performance === mid)!;
}
