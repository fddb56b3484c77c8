/**
 * Debian's Chromium, started the way this machine needs: test tools cannot
 * download their own browser here; as root it needs --no-sandbox; without
 * the background-networking flags it keeps calling hosts it cannot reach.
 * Used by the Playwright tests and the benchmark alike.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
