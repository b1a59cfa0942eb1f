// Browser tests: Debian's Chromium (headless) drives the built app served under a
// GitHub-Pages-like sub-path, through the real service worker, IndexedDB and tfjs.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';

/** The sub-path the build under test was made for (`BASE_PATH` when building it). */
export const BASE_PATH = process.env['BASE_PATH'] ?? '/ml-playground/';
const PORT = 4173;

export default defineConfig({
  testDir: 'test',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { BASE_PATH, PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env['CI'],
  },
});
