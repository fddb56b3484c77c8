import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openFirstPreview, pageTypes, typeInSearch } from './pages';

/** Type in the header's search field and wait for its results. */
async function searchFor(page: Page, text: string) {
  await typeInSearch(page, text);
  await expect(page.getByRole('option').first()).toBeVisible();
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pageTypes)) {
      test(`${name} in ${scheme} mode has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        if (path.startsWith('/search'))
          await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(
          violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          ),
        ).toEqual([]);
      });
    }
  }

  test('open search results and an open preview have no violations', async ({ page, isMobile }) => {
    await page.goto('/glossary/annuity');
    const axe = async () =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id);
    await searchFor(page, 'annuity');
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await openFirstPreview(page, isMobile);
    expect(await axe()).toEqual([]);
  });
});

test.describe('keyboard', () => {
  test.skip(({ isMobile }) => isMobile, 'keyboard use is tested on the desktop');

  test('the first Tab reaches a skip link that moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/glossary/premium');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, not back in the header.
    expect(
      await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
    ).toBe(true);
  });

  test('focus is always visible', async ({ page }) => {
    await page.goto('/glossary/independent-marketing-organization');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(style.outline, `focus ring on tab stop ${i + 1} (${style.tag})`).not.toBe('none');
      expect(style.width).toBeGreaterThanOrEqual(2);
    }
  });

  test('with reduced motion nothing animates', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/glossary/independent-marketing-organization');
    await page.getByRole('main').locator('[data-preview]').first().focus();
    await expect(page.locator('[data-preview-panel]:popover-open')).toBeVisible();
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          return s.animationName !== 'none' || !/^0s(, 0s)*$/.test(s.transitionDuration);
        }).length,
    );
    expect(moving).toBe(0);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

test.describe('security headers', () => {
  test('every page type is served with the CSP and works under it, with no console error', async ({
    page,
    isMobile,
  }) => {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    page.on('console', (msg) => {
      // The not-found page is a 404 on purpose.
      if (msg.type() === 'error' && !msg.text().includes('404'))
        problems.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const path of Object.values(pageTypes)) {
      const response = await page.goto(path);
      const csp = response!.headers()['content-security-policy'];
      expect(csp, path).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      expect(response!.headers()['strict-transport-security']).toContain('max-age=');
      expect(response!.headers()['referrer-policy']).toBeTruthy();
      expect(response!.headers()['permissions-policy']).toBeTruthy();
      if (path.startsWith('/glossary/')) {
        // Use what the page's scripts do: search and a preview.
        await searchFor(page, 'surender');
        await expect(page.getByRole('option').first()).toContainText('Surrender');
        await page.keyboard.press('Escape');
        await openFirstPreview(page, isMobile);
      }
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      );
      expect(violations, path).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});
