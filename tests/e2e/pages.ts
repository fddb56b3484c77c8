import { expect, type Locator, type Page } from '@playwright/test';

/** One page of each type, as a reader meets them. */
export const pageTypes = {
  home: '/',
  'A–Z': '/glossary',
  entry: '/glossary/independent-marketing-organization',
  'entry with a comparison table': '/glossary/medicare-advantage',
  topics: '/topics',
  topic: '/topics/medicare',
  guide: '/guides/how-insurance-is-sold',
  'guide with a timeline': '/guides/turning-65',
  guides: '/guides',
  comparison: '/compare/medigap-vs-medicare-advantage',
  'comparison of three': '/compare/imo-vs-fmo-vs-bga',
  comparisons: '/compare',
  figures: '/figures',
  changes: '/changes',
  search: '/search?q=annuity',
  'trust page': '/editorial-policy',
  help: '/help',
  'help for a state': '/help/tx',
  decoder: '/decoder',
  pitch: '/decoder/you-cant-lose-money',
  'not found': '/no-such-page',
};

/** Open the first term preview the way this device would: a tap on a phone, the pointer elsewhere. */
export async function openFirstPreview(page: Page, isMobile: boolean): Promise<Locator> {
  if (isMobile)
    await page
      .getByRole('button', { name: /^Definition of / })
      .first()
      .tap();
  else await page.getByRole('main').locator('[data-preview]').first().hover();
  const preview = page.locator('[data-preview-panel]:popover-open');
  await expect(preview).toBeVisible();
  return preview;
}

/** The header's search field once it is open. */
export const searchBox = (page: Page) =>
  page.getByRole('combobox', { name: 'Search the glossary' });

/** Open the header's search field (on the search page it is open already) and type in it. */
export async function typeInSearch(page: Page, text: string) {
  await page
    .getByRole('searchbox', { name: 'Search the glossary' })
    .or(searchBox(page))
    .first()
    .click();
  await searchBox(page).fill(text);
}
