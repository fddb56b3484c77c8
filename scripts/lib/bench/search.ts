/**
 * Search as a reader meets it on an entry page, one fresh browser context per
 * query (an empty cache): the bytes and requests from touching the field to
 * the first results, the time from the last keypress to the results shown
 * (the reader types the query, then the last letter is timed), the time from
 * touching the field to the first letter's results, and what three more
 * keypresses fetch (nothing, if names are matched in memory).
 */
import type { Browser, Page } from 'playwright-core';

export interface SearchRun {
  query: string;
  firstSearchBytes: number;
  requests: number;
  keypressToResultsMs: number;
  touchToFirstResultsMs: number;
  laterRequests: number;
  topResult: string;
}

/** Types one more letter and resolves with the ms until results for the whole field show. */
function timedKeypress(page: Page, letter: string): Promise<number> {
  // A string, not a function: the bundler that runs this file would wrap a function in helpers the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const input = document.querySelector('[data-search-input]');
    const start = performance.now();
    input.value += ${JSON.stringify(letter)};
    const expected = input.value.trim();
    document.addEventListener('search:results', function done(e) {
      if (e.detail.query !== expected) return;
      document.removeEventListener('search:results', done);
      resolve(performance.now() - start);
    });
    input.dispatchEvent(new Event('input'));
  })`) as Promise<number>;
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
    // Context-wide, so a search worker would be counted too; bytes as sent (gzip), headers included.
    context.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    const input = page.locator('[data-search-input]');
    // Touch the field and type the first letter at once: the cold path, index not yet fetched.
    await input.focus();
    const touchToFirstResultsMs = await timedKeypress(page, query[0]);
    for (const letter of query.slice(1, -1)) await timedKeypress(page, letter);
    await page.waitForLoadState('networkidle');
    const keypressToResultsMs = await timedKeypress(page, query.slice(-1));
    await page.waitForLoadState('networkidle');
    const titles = await page.locator('[role="option"] [data-result-title]').allTextContents();
    const firstSearchBytes = bytes;
    const firstRequests = requests;
    // Three more keypresses: delete a letter, type it again, add a space.
    await input.press('Backspace');
    await input.press(query.slice(-1));
    await input.press('Space');
    await page.waitForLoadState('networkidle');
    runs.push({
      query,
      firstSearchBytes,
      requests: firstRequests,
      keypressToResultsMs,
      touchToFirstResultsMs,
      laterRequests: requests - firstRequests,
      topResult: titles[0] ?? '(no result)',
    });
    await context.close();
  }
  return runs;
}
