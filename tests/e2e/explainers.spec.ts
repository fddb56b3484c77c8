import { expect, test, type Page } from '@playwright/test';
import { openFirstPreview, searchBox, typeInSearch } from './pages';

const imo = '/glossary/independent-marketing-organization';

/** The page never scrolls sideways: nothing is wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('a reader starts from a life situation on the home page, reads a guide, follows a term and comes back', async ({
  page,
}) => {
  await page.goto('/');
  const start = page.getByRole('region', { name: /Start here/ });
  await start.getByRole('link', { name: /How Insurance Is Sold/ }).click();
  await expect(page).toHaveURL(/\/guides\/how-insurance-is-sold$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('How Insurance Is Sold');
  await expect(page.getByText('Who it is for', { exact: true })).toBeVisible();
  // The parts every guide has, in order, then the terms it uses with their definitions.
  for (const name of [
    'Who this is for',
    'Step by step',
    'Who is involved and how they are paid',
    'Your options',
    'An example',
    'What varies by state',
    'Questions to ask',
    'Red flags',
    'The bottom line',
  ]) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  const terms = page.getByRole('region', { name: 'Terms used in this guide' });
  expect(await terms.getByRole('listitem').count()).toBeGreaterThan(5);
  const term = page.getByRole('main').locator('[data-preview]').first();
  const href = await term.getAttribute('href');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/guides\/how-insurance-is-sold$/);
});

test('a term preview opens inside a guide as it does in an entry', async ({ page, isMobile }) => {
  await page.goto('/guides/turning-65');
  const preview = await openFirstPreview(page, isMobile);
  await expect(preview.getByRole('link', { name: 'Read the full entry' })).toBeVisible();
});

test('the who-pays-whom diagram has a name and a description, and its facts read without it', async ({
  page,
}) => {
  await page.goto('/guides/how-insurance-is-sold');
  const diagram = page.getByRole('img', { name: /who pays whom/i }).first();
  await expect(diagram).toBeVisible();
  expect(await diagram.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
  const description = await diagram.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
  expect(description).toMatch(/From .+ to .+:/);
  const figure = page.getByRole('figure').filter({ has: diagram });
  const facts = figure.getByRole('listitem');
  expect(await facts.count()).toBeGreaterThanOrEqual(3);
  await expect(facts.first()).toContainText(/From .+ to .+:/);
  // The words stay when pictures do not (print, or a reader who hides images).
  await page.emulateMedia({ media: 'print' });
  await expect(facts.first()).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of [
    '/compare/medigap-vs-medicare-advantage',
    '/compare/imo-vs-fmo-vs-bga',
    '/guides/turning-65',
    imo,
  ]) {
    test(`${path} never scrolls sideways, and a comparison table is readable in its own region`, async ({
      page,
    }) => {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
      if (!path.startsWith('/compare/')) return;
      const region = page
        .getByRole('region', { name: /side by side|compared|comparison/i })
        .first();
      await expect(region).toBeVisible();
      const table = region.getByRole('table');
      await expect(table.getByRole('rowheader').first()).toBeVisible();
      expect(await table.getByRole('columnheader').count()).toBeGreaterThanOrEqual(3);
      // The region is reachable by keyboard, so a wide table can be scrolled without a mouse.
      expect(await region.getAttribute('tabindex')).toBe('0');
    });
  }
});

test('search finds guides and comparisons and says what each result is', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the header search is tested on the desktop; the page is the same');
  await page.goto('/glossary');
  await typeInSearch(page, 'turning 65');
  const option = page.getByRole('option').filter({ hasText: 'Turning 65' }).first();
  await expect(option).toBeVisible();
  await expect(option).toContainText('Guide');
  await searchBox(page).fill('medigap vs medicare advantage');
  await expect(page.getByRole('option').filter({ hasText: 'Comparison' }).first()).toBeVisible();
});

test('an entry lists the guides and comparisons that explain it, and its topic page lists them too', async ({
  page,
}) => {
  await page.goto(imo);
  const explainers = page.getByRole('region', { name: 'Guides and comparisons that explain this' });
  await expect(explainers.getByRole('link', { name: /How Insurance Is Sold/ })).toBeVisible();
  await expect(explainers.getByRole('link', { name: 'IMO vs FMO vs BGA' })).toBeVisible();
  // The body itself points to both.
  const body = page.getByRole('main');
  await expect(body.locator('a[href="/guides/how-insurance-is-sold"]').first()).toBeVisible();
  await expect(body.locator('a[href="/compare/imo-vs-fmo-vs-bga"]').first()).toBeVisible();
  await page.goto('/topics/distribution-and-advice');
  await expect(
    page
      .getByRole('region', { name: 'Guides and comparisons' })
      .getByRole('link', { name: /How Insurance Is Sold/ }),
  ).toBeVisible();
});

test('a comparison names the entries it compares, and its index lists every comparison', async ({
  page,
}) => {
  await page.goto('/compare');
  expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThanOrEqual(6);
  await page.getByRole('link', { name: 'Medigap vs Medicare Advantage' }).click();
  await expect(page.getByText(/^Compares:/)).toContainText(
    'Medicare Supplement Insurance (Medigap)',
  );
  await expect(page.getByRole('heading', { name: 'When each fits' })).toBeVisible();
});
