import { expect, test } from '@playwright/test';
import { searchBox, typeInSearch } from './pages';

const imo = '/glossary/independent-marketing-organization';

test.describe('search', () => {
  test('a misspelt word finds the surrender charge entry first', async ({ page }) => {
    await page.goto('/glossary/annuity');
    await typeInSearch(page, 'surender');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toContainText('Surrender Charge');
  });

  test('an abbreviation finds its entry first, and the count is announced', async ({ page }) => {
    await page.goto('/');
    await typeInSearch(page, 'IMO');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('Independent Marketing Organization (IMO)');
    await expect(
      page.getByRole('search', { name: 'Search the glossary' }).getByRole('status'),
    ).toHaveText(/\d+ results? for “IMO”/);
  });

  test('an abbreviation from a regulator’s letter finds its entry first', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'the same index on every device');
    await page.goto('/');
    for (const [abbreviation, title] of [
      ['IRMAA', 'Income-Related Monthly Adjustment Amount (IRMAA)'],
      ['SHIP', 'State Health Insurance Assistance Program (SHIP)'],
      ['QLAC', 'Qualified Longevity Annuity Contract (QLAC)'],
      ['E&O', 'Errors and Omissions Insurance (E&O)'],
      ['Reg BI', 'Regulation Best Interest (Reg BI)'],
      ['TPMO', 'Third-Party Marketing Organization (TPMO)'],
    ]) {
      await typeInSearch(page, abbreviation);
      await expect(page.getByRole('option').first(), abbreviation).toContainText(title);
    }
  });

  test('a prefix finds the annuity entries', async ({ page }) => {
    await page.goto('/');
    await typeInSearch(page, 'annu');
    await expect(page.getByRole('option').first()).toContainText('Annuity');
  });

  test('the keyboard alone: / focuses search, arrows move, Enter opens, Esc closes', async ({
    page,
  }) => {
    await page.goto('/glossary');
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('1035');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox.getByRole('option').first()).toContainText('1035 Exchange');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/1035-exchange$/);
  });

  test('submitting the form opens /search with shareable results', async ({ page }) => {
    await page.goto(imo);
    await typeInSearch(page, 'medigap');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=medigap$/);
    const results = page.getByRole('main').getByRole('listitem');
    await expect(results.first()).toContainText('Medicare Supplement Insurance (Medigap)');
    await expect(page.getByRole('main').getByRole('status')).toContainText('for “medigap”');
    // The address alone brings the same results back.
    await page.goto('/search?q=surrender+charge');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(
      'Surrender Charge',
    );
    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=medigap$/);
  });

  test('/search shows ten results with their count, and more on request', async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) pagefind.push(r.url());
    });
    await page.goto('/search?q=annuity');
    const main = page.getByRole('main');
    const results = main.getByRole('list').last().getByRole('listitem');
    await expect(results).toHaveCount(10);
    await expect(main.getByRole('status')).toHaveText(
      /^Showing 10 of (\d+) results for “annuity”\.$/,
    );
    const total = Number((await main.getByRole('status').textContent())!.match(/of (\d+)/)![1]);
    // A phone fetches the details of what it shows (and a few more to rank names first), not of every match.
    expect(pagefind.length).toBeLessThanOrEqual(12);
    // Their names change with their content, so a browser keeps them for the next search.
    const details = await page.request.get(pagefind[0]);
    expect(details.headers()['cache-control']).toContain('immutable');
    await main.getByRole('button', { name: 'Show 10 more results' }).click();
    await expect(results).toHaveCount(Math.min(20, total));
    await expect(main.getByRole('status')).toContainText(`of ${total} results`);
    // Keyboard and screen-reader users carry on from the first new result.
    await expect(results.nth(10).getByRole('link')).toBeFocused();
  });

  test('Pagefind’s worker finds its first files where /search preloaded them', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind\/(pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\.)/.test(r.url()))
        asked.push(new URL(r.url()).pathname + new URL(r.url()).search);
    });
    await page.goto('/search?q=medigap');
    await expect(page.getByRole('main').getByRole('status')).toContainText('for “medigap”');
    const preloaded = await page
      .locator('link[rel="preload"][href^="/pagefind/"]:not([href$=".js"])')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(preloaded).toHaveLength(3);
    // The worker asks for the very addresses the page preloaded (not the entry file with today's
    // time appended, Pagefind's default), and the server lets the browser keep them for a minute:
    // the two conditions for the browser to answer the worker from its cache.
    expect([...new Set(asked)].sort()).toEqual([...preloaded].sort());
    for (const url of preloaded) {
      const response = await page.request.get(url);
      expect(response.ok(), url).toBe(true);
      expect(response.headers()['cache-control'], url).toBe('public, max-age=60');
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the search field is a plain form that goes to /search?q=', async ({ page }) => {
      await page.goto(imo);
      const form = page.getByRole('search', { name: 'Search the glossary' });
      await form.getByRole('searchbox').fill('annuity');
      await form.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\?q=annuity$/);
      await expect(page.getByRole('link', { name: 'A–Z page' })).toBeVisible();
    });
  });

  test('a content page fetches no script until the reader reaches for search', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/'))
        scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(imo);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await typeInSearch(page, 'premium');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(scripts).toContain('/js/search.js');
  });
});

test.describe('A–Z', () => {
  test('the letter bar jumps to a letter, and empty letters are not links', async ({ page }) => {
    await page.goto('/glossary');
    const bar = page.getByRole('navigation', { name: 'Jump to letter' });
    await bar.getByRole('link', { name: 'S', exact: true }).click();
    await expect(page).toHaveURL(/#letter-s$/);
    await expect(page.getByRole('heading', { level: 2, name: 'S', exact: true })).toBeInViewport();
    await expect(bar.getByText('Z', { exact: true })).toBeVisible();
    await expect(bar.getByRole('link', { name: 'Z', exact: true })).toHaveCount(0);
    // Entries that start with a digit sit under "#".
    const numbers = page.getByRole('region', { name: '0–9' });
    await expect(numbers.getByRole('link', { name: '1035 Exchange' })).toBeVisible();
  });
});

test('a topic page lists its entries, and an entry names its topic', async ({ page }) => {
  await page.goto('/topics/annuities');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annuities');
  const list = page.getByRole('main').getByRole('listitem');
  expect(await list.count()).toBeGreaterThanOrEqual(5);
  await page.getByRole('link', { name: 'Surrender Charge', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Annuities', exact: true })).toHaveAttribute(
    'href',
    '/topics/annuities',
  );
});

test('the IMO entry lists the entries that mention it', async ({ page }) => {
  await page.goto(imo);
  const mentions = page.getByRole('region', {
    name: 'Entries that mention Independent Marketing Organization (IMO)',
  });
  await expect(
    mentions.getByRole('link', { name: 'Field Marketing Organization (FMO)' }),
  ).toBeVisible();
  await mentions.getByRole('link', { name: 'Field Marketing Organization (FMO)' }).click();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /independent marketing organization|IMO/i })
      .first(),
  ).toHaveAttribute('href', imo);
});

test.describe('previews of linked terms', () => {
  test('open on hover and on keyboard focus, close on Esc', async ({ page, isMobile }) => {
    test.skip(isMobile, 'hover and Tab are for pointer and keyboard devices');
    await page.goto(imo);
    const link = page.getByRole('main').getByRole('link', { name: 'independent agents' });
    await link.hover();
    const preview = page.locator('[data-preview-panel]:popover-open');
    await expect(preview).toContainText('Independent Agent');
    await expect(preview).toContainText('more than one insurance company');
    // The pointer can move onto the preview without it closing.
    await preview.hover();
    await page.waitForTimeout(400);
    await expect(preview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-preview-panel]:popover-open')).toHaveCount(0);

    await page.mouse.move(0, 0);
    await link.focus();
    await expect(page.locator('[data-preview-panel]:popover-open')).toContainText(
      'Independent Agent',
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-preview-panel]:popover-open')).toHaveCount(0);
  });

  test('open on tap on a phone and stay inside a 360 px screen', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'tapping is for touch screens');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(imo);
    const buttons = page.getByRole('button', { name: /^Definition of / });
    const count = await buttons.count();
    expect(count).toBeGreaterThan(3);
    for (const i of [0, count - 1]) {
      await buttons.nth(i).scrollIntoViewIfNeeded();
      await buttons.nth(i).tap();
      const preview = page.locator('[data-preview-panel]:popover-open');
      await expect(preview).toBeVisible();
      const box = (await preview.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      await page.keyboard.press('Escape');
      await expect(preview).toHaveCount(0);
    }
  });

  test('work without any script: the tap control is a plain popover button', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(imo);
    await page.getByRole('button', { name: 'Definition of Independent Agent' }).tap();
    await expect(page.locator('[data-preview-panel]:popover-open')).toContainText(
      'Independent Agent',
    );
    await context.close();
  });
});
