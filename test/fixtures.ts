// Shared browser-test fixtures: a page whose console errors and uncaught exceptions are
// collected, opened on the app once its service worker controls it.
import { test as base, expect, type Page } from '@playwright/test';

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  open(hash?: string): Promise<void>;
}

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use({
      page,
      errors,
      async open(hash = '#/') {
        await page.goto(`./${hash}`);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await expect(page.locator('main h1')).toBeVisible();
      },
    });
  },
});

export { expect };

/** The sub-path the app is served under, as the build was made for. */
export const BASE = process.env['BASE_PATH'] ?? '/ml-playground/';

/** Trains the default model from the Train page and returns the shown validation accuracy. */
export async function trainDefaultModel(page: Page): Promise<number> {
  await page.goto('./#/train');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  return Number(await page.getByTestId('val-accuracy').textContent());
}
