// What a newcomer meets on every page, with data present (two trained versions, an A/B
// deployment, a shadow and a finished simulation): no page scrolls sideways on a phone, in
// English or Korean; axe-core finds no violation at either width; Home's map links every
// stage to a working page; the phone menu shows every page at once, the desktop one fits a row.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, trainDefaultModel, type AppPage } from './fixtures';

const PAGES = [
  '#/',
  '#/data',
  '#/train',
  '#/runs',
  '#/models',
  '#/evaluate',
  '#/deploy',
  '#/predict',
  '#/docs',
  '#/console',
  '#/settings',
  '#/learn',
  '#/learn/what-is-an-api',
  '#/models/iris/1',
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Two versions, an A/B test and a shadow through the Deploy API, and a fast-forward. */
async function workspaceWithData(app: AppPage): Promise<void> {
  const { page } = app;
  await app.open('#/train');
  await trainDefaultModel(page);
  await trainDefaultModel(page);
  const statuses = await page.evaluate(async () => {
    const put = (name: string, body: unknown) =>
      fetch(`api/deployments/${name}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' },
        body: JSON.stringify(body),
      }).then((r) => r.status);
    return Promise.all([
      put('web', {
        strategy: 'ab',
        variants: [
          { name: 'control', model: 'iris', version: 1, weight: 0.5 },
          { name: 'treatment', model: 'iris', version: 2, weight: 0.5 },
        ],
      }),
      put('mirror', {
        strategy: 'shadow',
        variants: [
          { name: 'primary', model: 'iris', version: 1 },
          { name: 'shadow', model: 'iris', version: 2 },
        ],
      }),
    ]);
  });
  expect(statuses).toEqual([201, 201]);
  await page.goto('./#/deploy');
  await page.getByTestId('sim-requests').fill('2000');
  await page.getByTestId('simulate').click();
  await expect(
    page.getByTestId('simulation-outcome').getByTestId('simulation-row'),
  ).not.toHaveCount(0);
}

async function useLanguage(page: Page, lang: 'en' | 'ko'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Goes to `hash` and waits for its page: the page left stays on screen until the next
 * one's code is in, so its heading does not count. */
async function visit(page: Page, hash: string): Promise<void> {
  const left = await page.evaluateHandle(
    (target) => (location.hash === target ? null : document.querySelector('main h1')),
    hash,
  );
  await page.goto(`./${hash}`);
  await page.waitForFunction((old) => {
    const heading = document.querySelector('main h1');
    return heading !== null && heading !== old && heading.getClientRects().length > 0;
  }, left);
  await left.dispose();
  await page.waitForLoadState('networkidle');
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The elements that reach past the right edge without a scroll box around them. */
async function spilling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clippedByBox = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !clippedByBox(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
}

test('no page scrolls sideways at 390 px, in English and Korean, with data present', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await workspaceWithData(app);
  await page.setViewportSize(PHONE);
  for (const lang of ['en', 'ko'] as const) {
    await useLanguage(page, lang);
    const runs = [...PAGES, '#/deploy'];
    for (const hash of runs) {
      await visit(page, hash);
      if (hash === '#/deploy') {
        // With a finished simulation's results and the dashboard showing.
        await page.getByTestId('simulate').click();
        await expect(page.getByTestId('simulation-row').first()).toBeVisible();
      }
      const wide = await sidewaysScroll(page);
      expect(wide, `${hash} in ${lang}: ${(await spilling(page)).join(' | ')}`).toBeLessThanOrEqual(
        0,
      );
    }
    // A run's page and a comparison.
    await visit(page, '#/runs');
    await page.getByTestId('run-row').first().getByRole('link').first().click();
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(await sidewaysScroll(page), `run page in ${lang}`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(DESKTOP);
  await visit(page, '#/models');
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  const table = page.getByTestId('versions-table').first();
  expect(
    await table.evaluate((el) => el.scrollWidth - (el.parentElement?.clientWidth ?? 0)),
    'the versions table fits its box at 1280 px',
  ).toBeLessThanOrEqual(0);
  expect(app.errors).toEqual([]);
});

test('axe finds no violation on any page, in English and Korean, on a phone and a desktop', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  await workspaceWithData(app);
  const found: string[] = [];
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    for (const lang of ['en', 'ko'] as const) {
      await useLanguage(page, lang);
      for (const hash of PAGES) {
        await visit(page, hash);
        let axe = new AxeBuilder({ page }).exclude('.swagger-ui');
        // Swagger UI's own markup is not ours to fix: it renders a <main> of its own.
        if (hash === '#/docs') axe = axe.disableRules(['landmark-no-duplicate-main']);
        const results = await axe.analyze();
        for (const v of results.violations) {
          found.push(`${size.width}px ${lang} ${hash}: ${v.id} (${v.nodes.length}) ${v.help}`);
        }
      }
    }
  }
  expect(found).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('Home links every stage of the pipeline to a working page and says where to start', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/');
  await expect(page.getByTestId('start-here')).toBeVisible();
  for (const stage of ['data', 'training', 'validation', 'deploy', 'serving', 'monitoring']) {
    await expect(page.getByTestId(`stage-${stage}`).getByRole('link').first()).toBeVisible();
  }
  await expect(page.getByText('Coming soon')).toHaveCount(0);
  await page.getByTestId('stage-validation').getByRole('link').click();
  await expect(page).toHaveURL(/#\/evaluate$/);
  await page.goBack();
  await page
    .getByTestId('stage-monitoring')
    .getByRole('link', { name: /metrics/ })
    .click();
  await expect(page.getByTestId('exchange-url')).toContainText('/api/metrics');
  await expect(page.getByTestId('exchange-status')).toContainText('200');
  expect(app.errors).toEqual([]);
});

test('on a phone, one menu shows every page at once', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(PHONE);
  await app.open('#/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.getByTestId('menu-button').click();
  await expect(page.getByTestId('menu-button')).toHaveAttribute('aria-expanded', 'true');
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(12);
  for (const link of await links.all()) {
    await expect(link).toBeInViewport();
  }
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(nav).toBeHidden();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('at 1280 px the menu fits on one row, in English and Korean', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open('#/');
  // Its accessible name is in the interface language.
  const links = page.locator('header nav a');
  for (const language of ['en', 'ko'] as const) {
    await useLanguage(page, language);
    await expect(links).toHaveCount(12);
    const rows = await links.evaluateAll(
      (all) => new Set(all.map((link) => link.getBoundingClientRect().top)).size,
    );
    expect(rows, `menu rows in ${language}`).toBe(1);
  }
});
