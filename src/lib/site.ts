/**
 * The one place that names the site. SITE_URL sets the public address used
 * in canonical links, the sitemap and feeds; without it the build targets
 * the local server that `npm start` runs.
 */
export const site = {
  name: 'Plainly Insured',
  tagline: 'Insurance words explained in plain English',
  description:
    'A free glossary of life insurance, annuity, Medicare and insurance sales terms, written in plain English and checked against regulators’ sources.',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en_US',
  language: 'en',
  publisher: 'Plainly Insured',
} as const;

export function absoluteUrl(path: string): string {
  return `${site.url}${path === '/' ? '' : path}` || site.url;
}
