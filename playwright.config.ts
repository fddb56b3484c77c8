import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';

const port = 4173;

const chromium = { executablePath: chromiumPath, args: chromiumFlags };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions: chromium },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 5'], launchOptions: chromium } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
  ],
  // The exported site, served exactly as `npm start` serves it.
  webServer: {
    command: `node node_modules/serve/build/main.js out --listen tcp://127.0.0.1:${port} --config ../serve.json --no-clipboard`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
