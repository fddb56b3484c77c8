/**
 * What the pre-commit hook (husky, installed by `npm ci`) runs on staged files:
 * Prettier on code, and the whole content check when an entry changes (a
 * change to one entry can break another's links, so the check reads them all).
 */
const config = {
  '*.{ts,tsx,mjs,js,json,css,yml}': 'prettier --write',
  '*.mdx': () => 'npm run check:content',
};

export default config;
