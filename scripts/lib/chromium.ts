import fs from 'node:fs';

/**
 * The Chromium the browser tests and the benchmark drive: $CHROMIUM if set,
 * else Debian's /usr/bin/chromium where it is installed (CI machines here
 * cannot download a browser), else undefined: Playwright then uses its own,
 * fetched once with `npx playwright install chromium` (macOS, Windows).
 */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * As root (CI) Chromium needs --no-sandbox; without the background-networking
 * flags it keeps calling hosts that an offline machine cannot reach.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
