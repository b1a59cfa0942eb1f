// Firefox for the cross-engine journey: Debian's Firefox ESR, headless, driven by
// puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX_PATH = '/usr/bin/firefox-esr';

export const title = 'Firefox ESR (puppeteer-core, WebDriver BiDi)';

export function missing() {
  return existsSync(FIREFOX_PATH)
    ? null
    : `${FIREFOX_PATH} is missing: apt-get install firefox-esr`;
}

/** A fresh profile's tab, as the journey's EnginePage, plus `close`. */
export async function launch({ shots, viewport }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
  });
  const [page = await browser.newPage()] = await browser.pages();
  await page.setViewport(viewport);
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  // Firefox reports CSP refusals here too.
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector),
    resize: (size) => page.setViewport(size),
    screenshot: async (name) => void (await page.screenshot({ path: join(shots, `${name}.png`) })),
    consoleProblems: () => problems,
    close: () => browser.close(),
  };
}
