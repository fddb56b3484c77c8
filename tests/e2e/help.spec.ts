import { expect, test } from '@playwright/test';
import { getNational, getStates } from '../../src/lib/content/store';

// The help directory, read the way a reader meets it: from an entry's box, by state.
const states = getStates();
const sourcedValues = (state: (typeof states)[number]) =>
  (['insurance', 'ship', 'securities'] as const).reduce(
    (n, group) => n + Object.keys(state[group] ?? {}).length,
    0,
  );

test('every state, DC and Puerto Rico has a page, and every value on it shows its source', async ({
  page,
}) => {
  expect(states).toHaveLength(52);
  await page.goto('/help');
  const list = page.getByRole('region', { name: 'Your state' });
  await expect(list.getByRole('link')).toHaveCount(52);
  for (const state of states) {
    await page.goto(`/help/${state.state.toLowerCase()}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Help in ${state.name}`);
    await expect(page.getByText(/^Source: /)).toHaveCount(sourcedValues(state));
  }
});

test('a missing contact sends the reader to the national locator', async ({ page }) => {
  const sparse = states.find((s) => !s.ship?.name);
  const locator = getNational()?.routes.find((r) => r.id === 'ship-locator');
  test.skip(!sparse || !locator?.url, 'every state has its SHIP, or there is no locator');
  await page.goto(`/help/${sparse!.state.toLowerCase()}`);
  const ship = page.getByRole('region', { name: 'Free Medicare counseling (SHIP)' });
  await expect(ship.getByRole('link', { name: locator!.name })).toHaveAttribute(
    'href',
    locator!.url!.value,
  );
});

test.describe('who oversees this', () => {
  const box = (page: import('@playwright/test').Page) =>
    page.getByRole('region', { name: 'Who oversees this, and where to get help' });

  test('a variable annuity names the SEC and FINRA as well as the state', async ({ page }) => {
    await page.goto('/glossary/variable-annuity');
    await expect(box(page)).toContainText('The SEC and FINRA');
    await expect(box(page)).toContainText('Your state insurance department');
  });

  test('Medigap names the state', async ({ page }) => {
    await page.goto('/glossary/medicare-supplement-insurance');
    await expect(box(page)).toContainText('Your state insurance department');
  });

  test('Medicare Advantage names Medicare and the state (for agents’ licenses), with 1-800-MEDICARE', async ({
    page,
  }) => {
    await page.goto('/glossary/medicare-advantage');
    await expect(box(page)).toContainText('Centers for Medicare & Medicaid Services');
    await expect(box(page)).toContainText('Your state insurance department');
    await expect(box(page).getByRole('link', { name: '1-800-MEDICARE' })).toBeVisible();
  });

  test('it prints with the page', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/glossary/variable-annuity');
    await expect(box(page)).toBeVisible();
  });
});

test('from an entry’s box to the state’s complaint page in three taps at 360 px', async ({
  page,
  hasTouch,
}) => {
  test.skip(!hasTouch, 'a phone test');
  const state = states.find((s) => s.insurance?.complaints);
  test.skip(!state, 'no state has a complaint page yet');
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/glossary/annuity');
  await page.getByRole('link', { name: /^Find your state’s insurance department/ }).tap();
  await expect(page).toHaveURL(/\/help#states$/);
  await page.getByRole('link', { name: state!.name, exact: true }).tap();
  await expect(page).toHaveURL(new RegExp(`/help/${state!.state.toLowerCase()}$`));
  // The third tap goes to the department's own complaint page.
  const complaint = page.getByRole('region', { name: 'Insurance department' }).getByRole('link', {
    name: state!.insurance!.complaints!.value.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''),
  });
  await expect(complaint).toBeVisible();
  await expect(complaint).toHaveAttribute('href', state!.insurance!.complaints!.value);
});
