import { expect, test } from '@playwright/test';
import { docPath } from '../../src/lib/content/collections';
import { factCheck } from '../../src/lib/content/fact-check';
import { getAllDocs, getDoc } from '../../src/lib/content/store';
import { formatMonth } from '../../src/lib/dates';

// A reader taps a number after a sentence, lands on the source that says it, and comes back.
const entry = '/glossary/medicare-part-b';

test.describe('citations', () => {
  test('a citation reaches its source and the source leads back, by tap', async ({
    page,
    hasTouch,
  }) => {
    test.skip(!hasTouch, 'a phone test');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(entry);
    const cite = page
      .getByRole('main')
      .getByRole('link', { name: /^Source \d+: / })
      .first();
    const box = (await cite.boundingBox())!;
    // A thumb can hit it: at least 24 px square (WCAG 2.2 target size).
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const number = (await cite.textContent())!.trim();
    const name = (await cite.getAttribute('aria-label'))!;
    await cite.tap();
    await expect(page).toHaveURL(new RegExp(`#source-${number}$`));
    const source = page.locator(`#source-${number}`);
    await expect(source).toBeInViewport();
    // The list item is the source the citation named.
    await expect(source.getByRole('link').first()).toHaveText(
      name.replace(/^Source \d+: [^,]+, /, ''),
    );
    const details = source.locator('details');
    if (await details.count()) await details.locator('summary').tap();
    const back = source.getByRole('link', { name: /^Back to citation 1 of/ });
    await back.tap();
    await expect(page).toHaveURL(/#cite-\d+$/);
    await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();
  });

  test('a citation works by keyboard alone', async ({ page }) => {
    await page.goto(entry);
    const cite = page
      .getByRole('main')
      .getByRole('link', { name: /^Source \d+: / })
      .first();
    await cite.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#source-\d+$/);
  });

  test('the byline says when every claim was last checked, and the page has its sources numbered', async ({
    page,
  }) => {
    const doc = getDoc('entry', 'medicare-part-b')!;
    const check = factCheck(doc);
    test.skip(check.state === 'pending', 'this page is not fact-checked yet');
    await page.goto(entry);
    const fact = page.locator('span', { has: page.getByRole('link', { name: 'Fact-checked' }) });
    await expect(fact).toContainText(formatMonth((check as { reviewed: string }).reviewed));
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    expect(await sources.count()).toBeGreaterThan(0);
  });

  test('a page not yet fact-checked says so', async ({ page }) => {
    const pending = getAllDocs().find((d) => factCheck(d).state === 'pending');
    test.skip(!pending, 'every page is fact-checked');
    await page.goto(docPath(pending!.kind, pending!.slug));
    await expect(
      page.getByRole('link', { name: 'Not yet fact-checked claim by claim' }),
    ).toBeVisible();
  });

  test('print shows each source’s address', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(entry);
    const sources = page.getByRole('region', { name: 'Sources' });
    // The address is printed after the title (data-print-urls), and the back links are hidden.
    const after = await sources
      .getByRole('link')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    await expect(sources.getByRole('link', { name: /^Back to citation/ }).first()).toBeHidden();
  });
});
