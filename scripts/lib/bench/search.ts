/**
 * Search as a reader meets it on an entry page: bytes fetched from the
 * moment the search field is touched until results show, and the time from
 * the last keypress to the results (the field waits 60 ms for more typing
 * before it searches; that wait is included).
 */
import type { Browser } from 'playwright-core';

export interface SearchRun {
  query: string;
  firstSearchBytes: number;
  requests: number;
  keypressToResultsMs: number;
  topResult: string;
}

export async function measureSearch(
  browser: Browser,
  entryUrl: string,
  queries: string[],
): Promise<SearchRun[]> {
  const runs: SearchRun[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(entryUrl, { waitUntil: 'networkidle' });
    let bytes = 0;
    let requests = 0;
    // Context-wide, so the search index's own worker is counted too; bytes as sent (gzip), headers included.
    context.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    const input = page.locator('[data-search-input]');
    await input.click();
    await input.pressSequentially(query.slice(0, -1));
    await page.waitForTimeout(50);
    // Time only the last keypress: results for the whole query.
    // A string, not a function: the bundler that runs this file would wrap a function in helpers the page lacks.
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const input = document.querySelector('[data-search-input]');
      document.addEventListener('search:results', (e) => {
        if (e.detail.query === input.value.trim()) resolve(performance.now() - start);
      });
      const start = performance.now();
      input.value += ${JSON.stringify(query.slice(-1))};
      input.dispatchEvent(new Event('input'));
    })`)) as number;
    await page.waitForLoadState('networkidle');
    const titles = await page.locator('[role="option"] [data-result-title]').allTextContents();
    const topResult = titles[0] ?? '(no result)';
    runs.push({ query, firstSearchBytes: bytes, requests, keypressToResultsMs: ms, topResult });
    await context.close();
  }
  return runs;
}
