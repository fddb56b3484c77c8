import { expect, test, type APIRequestContext } from '@playwright/test';
import { docPath } from '../../src/lib/content/collections';
import { lastChanged } from '../../src/lib/content/fact-check';
import { pickValue } from '../../src/lib/content/figures';
import { getDocs, getEntry, getFigures, recentChanges } from '../../src/lib/content/store';

// Guides, comparisons, figures and changes, read the way the site reads them.
const explainers = [...getDocs('guide'), ...getDocs('comparison')];
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

async function jsonLd(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].flatMap(
    (m) => {
      const data = JSON.parse(m[1]);
      return data['@graph'] ?? [data];
    },
  );
}

test.describe('guides, comparisons and figures, for machines', () => {
  test.skip(({ isMobile }) => isMobile, 'the same files for every device');

  test('the sitemap lists every guide and comparison with the day it last changed, and the index, figures and changes pages', async ({
    request,
  }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    for (const doc of explainers) {
      expect(xml).toContain(
        `<loc>${siteUrl}${docPath(doc.kind, doc.slug)}</loc>\n<lastmod>${lastChanged(doc)}</lastmod>`,
      );
    }
    for (const path of ['/guides', '/compare', '/figures', '/changes'])
      expect(xml).toContain(`<loc>${siteUrl}${path}</loc>`);
  });

  test('each explainer is an Article with breadcrumbs; a comparison is about the terms it compares', async ({
    request,
  }) => {
    for (const doc of explainers) {
      const graph = await jsonLd(request, docPath(doc.kind, doc.slug));
      const article = graph.find((n) => n['@type'] === 'Article');
      expect(article, doc.slug).toMatchObject({
        headline: doc.title,
        dateModified: doc.updated,
        datePublished: doc.published,
      });
      expect(graph.find((n) => n['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(3);
      if (doc.kind === 'comparison') {
        expect(article.about.map((t: { name: string }) => t.name)).toEqual(
          doc.compares.map((s) => getEntry(s)!.title),
        );
      }
    }
  });

  test('each explainer has a 1200×630 share image and Open Graph tags', async ({ request }) => {
    for (const doc of explainers) {
      const folder = doc.kind === 'guide' ? 'guides' : 'compare';
      const response = await request.get(`/og/${folder}/${doc.slug}.png`);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const html = await (await request.get(docPath(doc.kind, doc.slug))).text();
      expect(html).toContain(
        `<meta property="og:image" content="${siteUrl}/og/${folder}/${doc.slug}.png"/>`,
      );
      expect(html).toContain(
        `<link rel="canonical" href="${siteUrl}${docPath(doc.kind, doc.slug)}"/>`,
      );
    }
  });

  test('the open data lists guides, comparisons and figures; llms.txt lists the explainers', async ({
    request,
  }) => {
    const data = await (await request.get('/api/glossary.json')).json();
    expect(data.guides.map((g: { slug: string }) => g.slug).sort()).toEqual(
      getDocs('guide')
        .map((g) => g.slug)
        .sort(),
    );
    expect(data.comparisons.map((c: { slug: string }) => c.slug).sort()).toEqual(
      getDocs('comparison')
        .map((c) => c.slug)
        .sort(),
    );
    expect(data.figures).toHaveLength(getFigures().length);
    for (const figure of data.figures)
      for (const value of figure.values) expect(value.source.url).toMatch(/^https:\/\//);
    // Each page carries its fact-check date and its sources, numbered as on the page.
    for (const term of data.terms) {
      expect(term).toHaveProperty('reviewed');
      expect(term.sources.map((s: { number: number }) => s.number)).toEqual(
        term.sources.map((_: unknown, i: number) => i + 1),
      );
    }
    const llms = await (await request.get('/llms.txt')).text();
    for (const doc of explainers)
      expect(llms).toContain(`(${siteUrl}${docPath(doc.kind, doc.slug)})`);
  });

  test('the figures page is a Dataset of every figure, with the value, source and checked date of every year', async ({
    page,
    request,
  }) => {
    const graph = await jsonLd(request, '/figures');
    const dataset = graph.find((n) => n['@type'] === 'Dataset');
    // Its download carries every figure with every year's value, source and checked day.
    expect(dataset.temporalCoverage).toMatch(/^\d{4}\/\d{4}$/);
    const json = await (
      await request.get(new URL(dataset.distribution.contentUrl).pathname)
    ).json();
    expect(
      json.figures.map((f: { id: string; values: unknown[] }) => [f.id, f.values.length]),
    ).toEqual(getFigures().map((f) => [f.id, f.values.length]));
    await page.goto('/figures');
    for (const figure of getFigures()) {
      const row = page.locator(`[id="${figure.id}"]`);
      await expect(row).toContainText(figure.label);
      for (const value of figure.values) {
        if (value.year) await expect(row).toContainText(String(value.year));
        await expect(row.getByRole('link', { name: value.source.title }).first()).toHaveAttribute(
          'href',
          value.source.url,
        );
      }
      await expect(row).toContainText(/[Cc]hecked/);
    }
  });

  test('the feed carries each recorded change as an update of its page', async ({
    page,
    request,
  }) => {
    const changes = recentChanges();
    test.skip(!changes.length, 'no page has a recorded change');
    const xml = await (await request.get('/feed.xml')).text();
    await page.goto('/');
    const titles = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return [...doc.querySelectorAll('entry')].map((e) => e.querySelector('title')!.textContent!);
    }, xml);
    expect(titles.filter((t) => t.startsWith('Updated: ')).length).toBeGreaterThan(0);
  });
});

test('a figure in an entry links to its row on the figures page, which says its year and source', async ({
  page,
}) => {
  const found = getFigures().find((f) => f.id === 'medicare-part-b-standard-premium');
  const figure = found && pickValue(found);
  test.skip(!figure, 'no Part B premium figure');
  await page.goto('/glossary/medicare-part-b');
  // Shown with its year, or in a sentence that says the year.
  const link = page.getByRole('main').locator(`a[href="/figures#${figure!.id}"]`).first();
  await expect(link).toContainText(figure!.value.toFixed(2));
  await expect(link.locator('xpath=ancestor::*[self::li or self::p or self::td][1]')).toContainText(
    String(figure!.year),
  );
  await expect(page.getByText(/Figures checked/)).toBeVisible();
  // The figure cites its table source, numbered with the page's sources.
  const cite = link.locator('xpath=following-sibling::sup[1]/a');
  await expect(cite).toHaveAccessibleName(/^Source \d+: /);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/figures#${figure!.id}$`));
  await expect(page.locator(`[id="${figure!.id}"]`)).toBeInViewport();
});

test('a corrected entry shows its history, and /changes lists the correction', async ({ page }) => {
  const changed = recentChanges()[0];
  test.skip(!changed, 'no page has a recorded change');
  await page.goto(docPath(changed.doc.kind, changed.doc.slug));
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(changed.change.summary);
  await expect(history).toContainText('first published');
  await page.goto('/changes');
  await expect(page.getByRole('main')).toContainText(changed.change.summary);
});
