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
  /**
   * Where the site's source lives, for "Suggest an edit" links to an entry's
   * file (a GitHub-style repository URL). Unset, those links go to the
   * corrections page instead of guessing an address.
   */
  repository: process.env.REPOSITORY_URL?.replace(/\/+$/, ''),
  /** The branch edits are proposed against. */
  branch: process.env.REPOSITORY_BRANCH ?? 'main',
  /** An address for corrections by email, if the site's owner has one. */
  contactEmail: process.env.CONTACT_EMAIL,
};

export function absoluteUrl(path: string): string {
  return `${site.url}${path}`;
}
