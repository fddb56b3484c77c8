import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { getEntries } from '../../src/lib/content/store';

// The published entries, read the way the site reads them.
const terms = getEntries();
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const local = (url: string) => url.replace(siteUrl, '') || '/';

async function sitemapPaths(
  request: APIRequestContext,
): Promise<{ path: string; lastmod?: string }[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map(
    (m) => ({
      path: local(m[1]),
      lastmod: m[2],
    }),
  );
}

test.describe('for machines', () => {
  test.skip(({ isMobile }) => isMobile, 'the same files for every device');

  test('the sitemap lists exactly the indexable pages, with the day each entry last changed', async ({
    request,
  }) => {
    const listed = await sitemapPaths(request);
    const entries = listed.filter((u) => u.path.startsWith('/glossary/'));
    expect(entries.map((u) => u.path).sort()).toEqual(
      terms.map((t) => `/glossary/${t.slug}`).sort(),
    );
    for (const term of terms)
      // Its facts (updated) or its fact-check date, whichever is later: both change the page.
      expect(entries.find((u) => u.path === `/glossary/${term.slug}`)?.lastmod).toBe(
        [term.updated, term.reviewed ?? ''].sort().at(-1),
      );
    for (const page of [
      '/',
      '/glossary',
      '/topics',
      '/topics/annuities',
      '/about',
      '/editorial-policy',
      '/how-we-make-money',
      '/contact',
    ]) {
      expect(listed.map((u) => u.path)).toContain(page);
    }
    expect(listed.map((u) => u.path)).not.toContain('/search');
    // Every listed page exists.
    for (const { path: p } of listed) expect((await request.get(p)).status(), p).toBe(200);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  });

  test('every page’s JSON-LD parses and matches the page’s frontmatter', async ({ request }) => {
    for (const { path: p } of await sitemapPaths(request)) {
      const html = await (await request.get(p)).text();
      for (const [, json] of html.matchAll(
        /<script type="application\/ld\+json">([^]*?)<\/script>/g,
      )) {
        expect(() => JSON.parse(json), p).not.toThrow();
      }
    }
    for (const term of terms) {
      const html = await (await request.get(`/glossary/${term.slug}`)).text();
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g),
      ].map((m) => JSON.parse(m[1]));
      const graph = blocks.flatMap((b) => b['@graph'] ?? [b]);
      const defined = graph.find((n) => n['@type'] === 'DefinedTerm');
      expect(defined).toMatchObject({
        name: term.title,
        description: term.description,
        url: `${siteUrl}/glossary/${term.slug}`,
        inDefinedTermSet: `${siteUrl}/glossary`,
      });
      if (term.abbreviation) expect(defined.termCode).toBe(term.abbreviation);
      const article = graph.find((n) => n['@type'] === 'Article');
      expect(article).toMatchObject({
        datePublished: term.published,
        dateModified: term.updated,
        image: `${siteUrl}/og/${term.slug}.png`,
      });
      expect(article.author.name).toContain(term.author);
      expect(article.publisher.name).toBeTruthy();
      const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList');
      expect(crumbs.itemListElement.map((i: { name: string }) => i.name).slice(0, 2)).toEqual([
        'Home',
        'Glossary',
      ]);
    }
    const index = await (await request.get('/glossary')).text();
    const set = JSON.parse(
      index.match(/<script type="application\/ld\+json">([^]*?)<\/script>/)![1],
    );
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set.hasDefinedTerm).toHaveLength(terms.length);
  });

  test('JSON-LD cannot close its script early', async () => {
    const html = fs.readFileSync(path.join('out', 'glossary', 'medicare-part-d.html'), 'utf8');
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g))
      expect(json).not.toContain('<');
  });

  test('entry pages have canonical, Open Graph and Twitter metadata', async ({ page }) => {
    const term = terms.find((t) => t.slug === 'independent-marketing-organization')!;
    await page.goto(`/glossary/${term.slug}`);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${siteUrl}/glossary/${term.slug}`,
    );
    expect(await meta('meta[name="description"]')).toBe(term.description);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:image"]')).toBe(`${siteUrl}/og/${term.slug}.png`);
    expect(await meta('meta[property="article:modified_time"]')).toContain(term.updated);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  });

  test('each entry has its 1200×630 share image', async ({ request }) => {
    for (const term of terms) {
      const response = await request.get(`/og/${term.slug}.png`);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test('the feed is XML and lists the most recently updated entries first', async ({
    page,
    request,
  }) => {
    const xml = await (await request.get('/feed.xml')).text();
    await page.goto('/');
    const entries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('feed is not XML');
      return [...doc.querySelectorAll('entry')].map((e) => ({
        link: e.querySelector('link')!.getAttribute('href')!,
        updated: e.querySelector('updated')!.textContent!,
      }));
    }, xml);
    const newest = [...terms].sort((a, b) => b.updated.localeCompare(a.updated))[0];
    expect(entries[0].updated.slice(0, 10)).toBe(newest.updated);
    expect(entries.map((e) => e.updated)).toEqual(
      [...entries.map((e) => e.updated)].sort().reverse(),
    );
  });

  test('/api/glossary.json lists every published entry and no draft', async ({ request }) => {
    const data = await (await request.get('/api/glossary.json')).json();
    expect(data.terms.map((t: { slug: string }) => t.slug).sort()).toEqual(
      terms.map((t) => t.slug).sort(),
    );
    const imo = data.terms.find(
      (t: { slug: string }) => t.slug === 'independent-marketing-organization',
    );
    expect(imo).toMatchObject({
      title: 'Independent Marketing Organization',
      abbreviation: 'IMO',
      url: `${siteUrl}/glossary/independent-marketing-organization`,
      updated: terms.find((t) => t.slug === 'independent-marketing-organization')!.updated,
    });
    const llms = await (await request.get('/llms.txt')).text();
    expect(llms).toContain('[Independent Marketing Organization (IMO)]');
  });
});

test.describe('trust', () => {
  test('an entry shows its sources, a notice, a citation and ways to correct it', async ({
    page,
  }) => {
    await page.goto('/glossary/annuity');
    await expect(
      page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(
      page.getByText(/general education, not legal, tax or financial advice/).first(),
    ).toBeVisible();
    await expect(page.getByText(/rules vary by state/).first()).toBeVisible();
    const cite = page.getByRole('region', { name: 'Cite this entry' });
    await expect(cite).toContainText(
      /Editorial Team\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Annuity\. Plainly Insured\. http/,
    );
    await expect(page.getByRole('link', { name: 'Suggest an edit' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Report a problem' })).toBeVisible();
  });

  test('the trust pages are a click away from every page', async ({ page }) => {
    await page.goto('/glossary/premium');
    for (const name of [
      'About us',
      'Editorial policy',
      'How we make money',
      'Contact and corrections',
    ]) {
      await page
        .getByRole('navigation', { name: 'About this site' })
        .getByRole('link', { name })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await page.goBack();
    }
  });

  test('an entry prints without site chrome, with link addresses and a checklist of questions', async ({
    page,
  }) => {
    await page.goto('/glossary/independent-marketing-organization');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
    // What print styles add before or after the first element of a kind in a section.
    const generated = (
      section: string,
      role: 'link' | 'listitem',
      pseudo: '::before' | '::after',
    ) =>
      page
        .getByRole('region', { name: section })
        .getByRole(role)
        .first()
        .evaluate((el, which) => getComputedStyle(el, which).content, pseudo);
    expect(await generated('Sources', 'link', '::after')).toContain('https://');
    expect(await generated('Questions to ask', 'listitem', '::before')).toContain('☐');
  });
});
