// Show, don't tell: the Data page plots the flowers (axes switchable, the default split's
// test rows hollow); the Train page draws decision regions that change as the model
// learns; the run keeps the last picture as decision_regions.svg.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('the Data page plots the flowers over any two measurements, test rows hollow', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/data');
  const scatter = page.getByTestId('iris-scatter');
  await expect(scatter).toHaveAttribute('data-axes', '2,3');
  const marks = scatter.locator('path[data-split]');
  await expect(marks).toHaveCount(150);
  await expect(scatter.locator('path[data-split="test"]')).toHaveCount(30);
  await expect(scatter.getByTestId('legend-test-rows')).toBeVisible();
  const picture = scatter.getByRole('img');
  await expect(picture).toHaveAttribute('aria-label', /Petal length across and Petal width up/);
  await expect(picture).toHaveAttribute('aria-label', /30 test rows hollow/);

  const across = page.getByTestId('scatter-axis-x');
  const up = page.getByTestId('scatter-axis-y');
  await expect(across).toHaveAccessibleName(/^Across/);
  await expect(up).toHaveAccessibleName(/^Up/);
  const before = await marks.first().getAttribute('d');
  await across.selectOption({ label: 'Sepal length' });
  await expect(scatter).toHaveAttribute('data-axes', '0,3');
  await expect(picture).toHaveAttribute('aria-label', /Sepal length across and Petal width up/);
  expect(await marks.first().getAttribute('d')).not.toBe(before);
  // Choosing the other axis's measurement swaps the two.
  await up.selectOption({ label: 'Sepal length' });
  await expect(scatter).toHaveAttribute('data-axes', '3,0');
  await expect(across).toHaveValue('3');

  await noAxeViolations(page);
  expect(app.errors).toEqual([]);
});

test('training draws decision regions that change as the model learns, kept with the run', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train?model=mlp&epochs=400');
  const regions = page.getByTestId('decision-regions');
  await expect(regions).toContainText('appear here as soon as training starts');
  // Every picture the page shows, in order: its epoch and the digest of its grid.
  await page.evaluate(() => {
    const seen: { epoch: string | null; grid: string | null }[] = [];
    Object.assign(window, { seenRegions: seen });
    const section = document.querySelector('[data-testid="decision-regions"]');
    if (!section) throw new Error('no decision regions on the page');
    new MutationObserver(() => {
      const figure = section.querySelector('[data-testid="regions-picture"]');
      if (!figure) return;
      const entry = {
        epoch: figure.getAttribute('data-epoch'),
        grid: figure.getAttribute('data-grid'),
      };
      const last = seen.at(-1);
      if (last?.epoch !== entry.epoch || last.grid !== entry.grid) seen.push(entry);
    }).observe(section, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  const figure = page.getByTestId('regions-picture');
  await expect(figure).toHaveAttribute('data-epoch', '399');
  const seen = (await page.evaluate(
    () => (window as unknown as { seenRegions: unknown }).seenRegions,
  )) as {
    epoch: string;
    grid: string;
  }[];
  const first = seen[0];
  const last = seen.at(-1);
  expect(Number(first?.epoch)).toBeLessThan(100);
  expect(last?.epoch).toBe('399');
  expect(first?.grid).not.toBe(last?.grid);
  await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /after epoch 400/);

  // The canvas holds the regions: one pixel per cell, in more than one colour.
  const colours = await page.getByTestId('regions-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const distinct = new Set<string>();
    for (let i = 0; i < data.length; i += 4)
      distinct.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return { width: canvas.width, distinct: distinct.size };
  });
  expect(colours.width).toBe(60);
  expect(colours.distinct).toBeGreaterThan(3);
  await expect(figure.getByRole('img').locator('path')).toHaveCount(120);

  // Other axes redraw the finished model's picture.
  const finalGrid = await figure.getAttribute('data-grid');
  await page.getByTestId('regions-axis-x').selectOption({ label: 'Sepal width' });
  await expect(figure).toHaveAttribute('data-axes', '1,3');
  expect(await figure.getAttribute('data-grid')).not.toBe(finalGrid);
  await noAxeViolations(page);

  // The run keeps the final picture.
  await page.getByTestId('train-status').getByRole('link').click();
  const artifacts = page.getByTestId('run-artifacts');
  const file = artifacts.locator('li', { hasText: 'decision_regions.svg' });
  await expect(file).toBeVisible();
  await file.getByRole('button', { name: 'View' }).click();
  const image = page
    .getByTestId('artifact-preview')
    .getByRole('img', { name: 'decision_regions.svg' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  expect(app.errors).toEqual([]);
});
