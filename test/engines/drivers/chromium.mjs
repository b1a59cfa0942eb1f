// Chromium for the cross-engine journey: Debian's build, driven by Playwright as the other
// browser tests are.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.mjs';

export const title = 'Chromium (Playwright)';

export function missing() {
  return existsSync(CHROMIUM_PATH) ? null : `${CHROMIUM_PATH} is missing: apt-get install chromium`;
}

/** A fresh profile's tab, as the journey's EnginePage, plus `close`. */
export async function launch({ shots, viewport }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector),
    resize: (size) => page.setViewportSize(size),
    screenshot: async (name) => void (await page.screenshot({ path: join(shots, `${name}.png`) })),
    consoleProblems: () => problems,
    close: () => browser.close(),
  };
}
