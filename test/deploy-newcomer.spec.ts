// The Deploy page as a newcomer meets it: a fast-forward says it is a what-if on a copy
// (the deployment's card keeps its real state) and runs the same simulation live on
// request; an A/B test of a version against itself is flagged before it is sent, and its
// share bars share one scale; a shadow's outcome shows the shadow's own accuracy, agreement
// and latency, the same in both modes; and none of it scrolls sideways at 390 px.
import type { Page } from '@playwright/test';
import { expect, test, trainDefaultModel, type AppPage } from './fixtures';

/** Trains `count` versions of iris on the Train page, then opens the Deploy page. */
async function versionsThenDeploy(app: AppPage, count: number) {
  await app.open('#/train');
  for (let i = 0; i < count; i++) await trainDefaultModel(app.page);
  await app.page.goto('./#/deploy');
}

/** Every outcome row's cells but the measured p95 latency. */
const rowsOf = (page: Page) =>
  page
    .getByTestId('simulation-outcome')
    .getByTestId('simulation-row')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(0, 5).map((c) => c.textContent?.trim())),
    );

/**
 * At 390 px wide: the test ids (of `ids`) whose element reaches past the viewport or spills
 * its content sideways (a table scrolling inside its own box is fine), and whether the page
 * itself scrolls sideways.
 */
async function narrow(page: Page, ids: string[]) {
  await page.setViewportSize({ width: 390, height: 844 });
  return page.evaluate((ids) => {
    const spills = (el: Element) =>
      el.getBoundingClientRect().right > window.innerWidth + 0.5 ||
      el.scrollWidth > el.clientWidth + 1;
    return {
      spilling: ids.filter((id) =>
        [...document.querySelectorAll(`[data-testid="${id}"]`)].some(spills),
      ),
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
    };
  }, ids);
}

test('a fast-forward is a what-if on a copy, and the same simulation runs live on request', async ({
  app,
}) => {
  const { page } = app;
  await versionsThenDeploy(app, 2);
  await page.getByTestId('deploy-strategy').selectOption('canary');
  await page.getByTestId('deploy-submit').click();
  const card = page.getByTestId('deployment-card');
  await expect(card).toContainText('rolling out');

  await page.getByTestId('deploy-fault').fill('30');
  await page.getByTestId('sim-requests').fill('600');
  await page.getByTestId('sim-seed').fill('7');
  await page.getByTestId('simulate').click();
  const outcome = page.getByTestId('simulation-outcome');
  await expect(page.getByTestId('decision-timeline')).toContainText(/Rolled back/);

  // The what-if says what it is, and that the deployment is unchanged.
  const note = outcome.getByTestId('what-if-note');
  await expect(note).toContainText('copy of web');
  await expect(note).toContainText('the deployment itself is unchanged');
  await expect(outcome).toContainText('What-if on a copy');
  const board = page.getByTestId('simulation-board');
  await expect(board.locator('h2')).toContainText('What-if dashboard');
  await expect(board).toContainText('Decisions the copy took');
  // The card keeps the real state: still rolling out at 10%, only created.
  await expect(card).toContainText('rolling out');
  await expect(card).not.toContainText('rolled back');
  await expect(card).toContainText('10%');
  await card.locator('summary').click();
  await expect(card.getByTestId('deployment-events').locator('li')).toHaveCount(1);
  await expect(card.getByTestId('deployment-events')).toContainText('created');
  // The what-if is set apart: neither the outcome nor its dashboard sits in the card.
  await expect(card.getByTestId('simulation-outcome')).toHaveCount(0);
  await expect(card.getByTestId('decision-timeline')).toHaveCount(0);
  const fastRows = await rowsOf(page);

  // Live, with the run's seed and settings (not the form's edits since).
  await page.getByTestId('sim-requests').fill('100');
  let predicts = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/deployments/web/predict')) predicts++;
  });
  await note.getByTestId('run-live-instead').click();
  await expect(page.getByTestId('sim-mode')).toHaveValue('live');
  await expect(page.getByTestId('sim-seed')).toHaveValue('7');
  await expect(page.getByTestId('sim-requests')).toHaveValue('600');
  await expect(outcome).toContainText('Live', { timeout: 60_000 });
  expect(predicts).toBe(600);
  expect(await rowsOf(page)).toEqual(fastRows);
  await expect(outcome.getByTestId('what-if-note')).toHaveCount(0);
  await expect(board.locator('h2')).not.toContainText('What-if');
  await expect(board).not.toContainText('Decisions the copy took');
  // Now the deployment itself rolled back, and its card says so.
  await expect(card).toContainText('rolled back');
  await expect(card.getByTestId('deployment-events')).toContainText('rollback');

  // Charts resize a moment after the viewport does: measure once the layout has settled.
  await expect
    .poll(() => narrow(page, ['simulation-outcome', 'simulation-board', 'deployment-card']), {
      timeout: 5_000,
    })
    .toEqual({ spilling: [], pageScrolls: false });
  expect(app.errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
});

test('an A/B test of a version against itself is flagged, and its shares share one scale', async ({
  app,
}) => {
  const { page } = app;
  await versionsThenDeploy(app, 1);
  // One version: the A/B form starts at v1 against v1, and says what that means.
  await expect(page.getByTestId('deploy-first')).toHaveValue('1');
  await expect(page.getByTestId('deploy-second')).toHaveValue('1');
  const warning = page.getByTestId('same-version-warning');
  await expect(warning).toContainText('Both variants serve v1');
  await expect(warning).toContainText('chance');
  await page.getByTestId('deploy-strategy').selectOption('single');
  await expect(warning).toHaveCount(0);
  await page.getByTestId('deploy-strategy').selectOption('ab');
  await expect(warning).toBeVisible();

  // It may still be sent; its bars start at one place, and 100% is one length.
  await page.getByLabel(/Second variant’s share/).fill('20');
  await page.getByTestId('deploy-submit').click();
  const card = page.getByTestId('deployment-card');
  await expect(card).toContainText('80%');
  const bars = await card.getByTestId('share-bar').evaluateAll((tracks) =>
    tracks.map((track) => {
      const box = track.getBoundingClientRect();
      const fill = track.firstElementChild?.getBoundingClientRect();
      return { x: box.x, width: box.width, fillX: fill?.x ?? NaN, fill: fill?.width ?? NaN };
    }),
  );
  expect(bars).toHaveLength(2);
  const [control, treatment] = bars;
  expect(treatment?.x).toBeCloseTo(control?.x ?? NaN, 0);
  expect(treatment?.width).toBeCloseTo(control?.width ?? NaN, 0);
  for (const [bar, share] of [
    [control, 0.8],
    [treatment, 0.2],
  ] as const) {
    expect(bar?.fillX).toBeCloseTo(bar?.x ?? NaN, 0);
    expect(bar?.fill).toBeCloseTo(share * (bar?.width ?? NaN), 0);
  }

  await expect
    .poll(() => narrow(page, ['same-version-warning', 'deploy-form', 'deployment-card']), {
      timeout: 5_000,
    })
    .toEqual({ spilling: [], pageScrolls: false });
  expect(app.errors).toEqual([]);
});

test('a shadow’s outcome shows the shadow’s own accuracy, agreement and latency, in both modes', async ({
  app,
}) => {
  const { page } = app;
  await versionsThenDeploy(app, 2);
  await page.getByTestId('deploy-strategy').selectOption('shadow');
  await page.getByTestId('deploy-submit').click();
  await expect(page.getByTestId('deployment-card')).toContainText('Shadow');

  await page.getByTestId('sim-requests').fill('500');
  await page.getByTestId('deploy-fault').fill('10');
  await page.getByTestId('simulate').click();
  const outcome = page.getByTestId('simulation-outcome');
  const rows = outcome.getByTestId('simulation-row');
  await expect(rows).toHaveCount(2);
  // The shadow's row: the copies it got, its accuracy and its latency, not zeros and dashes.
  const shadowRow = rows.nth(1);
  await expect(shadowRow.locator('th')).toContainText('copies only');
  const cells = shadowRow.locator('td');
  await expect(cells.nth(1)).toHaveText('copies');
  expect(Number((await cells.nth(0).textContent())?.replace(/,/g, ''))).toBeGreaterThan(400);
  await expect(cells.nth(2)).toContainText('%');
  await expect(cells.nth(2)).not.toContainText('—');
  expect(Number(await cells.nth(4).textContent())).toBeGreaterThan(0);

  const shadow = outcome.getByTestId('shadow-outcome');
  await expect(shadow).toContainText('Agreed with the primary');
  await expect(shadow).toContainText(/Copies answered\s*\d[\d,]* of \d[\d,]*/);
  await expect(shadow).toContainText(/Right on labelled copies\s*\d+(\.\d)?% \(/);
  await expect(shadow).toContainText(/p50 \/ p95\s*[\d.]+ ms \/ [\d.]+ ms/);
  // Every number but the measured latency.
  const counted = () =>
    shadow.locator('dd').evaluateAll((dds) => dds.slice(0, 3).map((dd) => dd.textContent?.trim()));
  const fast = await counted();
  const fastRows = await rowsOf(page);

  // Live through the API: the same seed gives the shadow the same numbers.
  await outcome.getByTestId('run-live-instead').click();
  await expect(outcome).toContainText('Live', { timeout: 60_000 });
  await expect(shadow).toBeVisible();
  expect(await counted()).toEqual(fast);
  expect(await rowsOf(page)).toEqual(fastRows);
  await expect(page.getByTestId('shadow-agreement')).toBeVisible();

  // At 390 px the table scrolls inside its box, its first column in view; the page does not.
  await expect
    .poll(() => narrow(page, ['simulation-outcome', 'shadow-outcome', 'simulation-board']), {
      timeout: 5_000,
    })
    .toEqual({ spilling: [], pageScrolls: false });
  const firstColumn = outcome.locator('tbody th').first();
  expect(await firstColumn.evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
  expect(app.errors).toEqual([]);
});
