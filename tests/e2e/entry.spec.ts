import { expect, test, type Page } from '@playwright/test';
import { getEntry } from '../../src/lib/content/store';
import { formatDay } from '../../src/lib/dates';

const imo = '/glossary/independent-marketing-organization';
const { updated, published } = getEntry('independent-marketing-organization')!;

async function expectFullEntry(page: Page) {
  await expect(page.getByText('Glossary term', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Independent Marketing Organization (IMO)',
  );
  await expect(page.getByText('Written by Editorial Team')).toBeVisible();
  const byline = page.locator('p', { hasText: /^Written by/ });
  await expect(byline.locator(`time[datetime="${updated}"]`).first()).toHaveText(
    formatDay(updated),
  );
  await expect(page.getByText(/^Updated/)).toContainText(formatDay(updated));
  // Its history goes back to the day it was first published.
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    `${formatDay(published)}: first published`,
  );

  const takeaways = page.getByRole('region', { name: 'Key takeaways' });
  await expect(takeaways.getByRole('listitem')).toHaveCount(4);

  const roles = page.getByRole('table', { name: /Who does what/ });
  await expect(roles.getByRole('columnheader')).toHaveText(['Participant', 'Typical role']);
  await expect(roles.getByRole('rowheader')).toHaveText(['Carrier', 'IMO', 'Agent', 'Consumer']);

  const questions = page.getByRole('region', { name: 'Questions to ask' });
  expect(await questions.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('region', { name: 'The bottom line' })).toContainText(
    'how your agent is paid',
  );
  await expect(
    page.getByRole('region', { name: 'Sources' }).getByRole('link').first(),
  ).toHaveAttribute('href', /^https:\/\//);
}

test('the IMO entry shows everything a reader needs', async ({ page }) => {
  await page.goto(imo);
  await expect(page).toHaveTitle(/Independent Marketing Organization \(IMO\)/);
  await expectFullEntry(page);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Glossary']);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the IMO entry is complete', async ({ page }) => {
    await page.goto(imo);
    await expectFullEntry(page);
  });
});

test('content pages load no JavaScript', async ({ page }) => {
  for (const path of [
    '/',
    '/glossary',
    imo,
    '/topics',
    '/topics/annuities',
    '/guides/how-insurance-is-sold',
    '/compare/imo-vs-fmo-vs-bga',
    '/figures',
    '/changes',
    '/help',
    '/help/tx',
  ]) {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts, `scripts loaded by ${path}`).toEqual([]);
    expect(await page.locator('script[src]').count(), `script files on ${path}`).toBe(0);
    // The one inline script is the loader that waits for the reader to reach for search or a preview.
    const inline = await page.locator('script:not([type="application/ld+json"])').allTextContents();
    expect(inline.length).toBeLessThanOrEqual(1);
    expect(inline.join('').length).toBeLessThan(1024);
    page.removeAllListeners('request');
  }
});

test('a reader gets from the home page to the IMO entry by clicking', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Glossary/ })
    .click();
  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary A–Z');
  await page.getByRole('link', { name: 'Independent Marketing Organization (IMO)' }).click();
  await expect(page).toHaveURL(new RegExp(`${imo}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Independent Marketing Organization (IMO)',
  );
});

test('an unknown address gets the 404 page', async ({ page }) => {
  for (const path of ['/no-such-page', '/glossary/no-such-term']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: /Browse every term/ })).toHaveAttribute(
      'href',
      '/glossary',
    );
  }
});
