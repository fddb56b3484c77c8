import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}
