import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openFirstPreview, searchBox, typeInSearch } from './pages';
import { getDocs } from '../../src/lib/content/store';

// The sales-pitch decoder, read the way a reader meets it: the evening after a sales meeting,
// on a phone, with a phrase they heard.
const pitch = '/decoder/you-cant-lose-money';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('a reader types the phrase they heard and lands on its decoded pitch', async ({ page }) => {
  await page.goto('/glossary/annuity');
  await typeInSearch(page, "can't lose money");
  const first = page.getByRole('option').first();
  await expect(first).toContainText("You can't lose money");
  await expect(first).toContainText('Sales pitch decoded');
  // Another way sellers say it finds the same page, and says which words matched.
  await searchBox(page).fill('never lose a dime');
  await expect(page.getByRole('option').first()).toContainText('Also called');
  await searchBox(page).fill("can't lose money");
  await searchBox(page).press('ArrowDown');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pitch}$`));
});

test.describe('a decoded pitch on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const scheme of ['light', 'dark'] as const) {
    test(`reads in ${scheme} mode with no axe violations and no sideways scroll`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(pitch);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('lose money');
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }

  test('says what it means, which rules apply, when it can be true, and who to call', async ({
    page,
    isMobile,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(pitch);
    const main = page.getByRole('main');
    for (const heading of [
      'What it usually means',
      'The terms behind it',
      'What the rules say',
      'When it can be true',
      'What to ask',
      'Who to call',
    ])
      await expect(main.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    // Every rule cites its source, and the sources list names who published it.
    await expect(main.getByRole('link', { name: /^Source \d+: / }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Red flags' })).toBeVisible();
    expect(scripts).toEqual([]);
    // A term behind the pitch previews its definition in place.
    const preview = await openFirstPreview(page, isMobile);
    await expect(preview).not.toBeEmpty();
    await page.keyboard.press('Escape');
    // Who to call: the box names the state insurance department and leads to the help directory.
    const box = page.getByRole('region', { name: 'Who oversees this, and where to get help' });
    await expect(box).toContainText('state insurance department');
    await box.getByRole('link', { name: /help/i }).first().click();
    await expect(page).toHaveURL(/\/help(\/[a-z]{2})?$/);
  });
});

test('the decoder lists every pitch by product, and the terms it uses point back to it', async ({
  page,
}) => {
  const pitches = getDocs('pitch');
  expect(pitches.length).toBeGreaterThanOrEqual(24);
  await page.goto('/decoder');
  const main = page.getByRole('main');
  for (const product of ['Annuities', 'Life insurance', 'Medicare'])
    await expect(main.getByRole('heading', { name: product, level: 2 })).toBeVisible();
  for (const p of pitches)
    await expect(main.locator(`a[href="/decoder/${p.slug}"]`).first()).toBeVisible();
  // The home page invites readers in, and an entry the pitch explains links back to it.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Heard it in a pitch?' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="/decoder"]').first()).toBeVisible();
  await page.goto('/glossary/fixed-indexed-annuity');
  const back = page.getByRole('region', { name: 'Heard it in a pitch?' });
  await expect(back.locator(`a[href="${pitch}"]`)).toBeVisible();
});
