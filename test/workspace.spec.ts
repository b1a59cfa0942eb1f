// The workspace is never lost: backup export, reset and import compared table by table; a
// corrupt file and a full disk change nothing; two tabs see each other's runs live.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, trainDefaultModel } from './fixtures';

/** Every object store's rows, read with the raw IndexedDB API; binaries as byte lists. */
function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const opened = indexedDB.open('iris-mlops-playground');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      opened.onsuccess = () => resolve(opened.result);
      opened.onerror = () => reject(opened.error ?? new Error('open failed'));
    });
    const plain = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (_k, v: unknown) =>
          v instanceof ArrayBuffer ? { bytes: Array.from(new Uint8Array(v)) } : v,
        ),
      );
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(database.objectStoreNames)) {
      const request = database.transaction(name).objectStore(name).getAll();
      dump[name] = plain(
        await new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('request failed'));
        }),
      ) as unknown[];
    }
    database.close();
    return dump;
  });
}

async function importFile(page: Page, path: string, mode: 'replace' | 'merge') {
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId(`import-${mode}`).check();
  await page.getByTestId('import-workspace').click();
}

test('exports, resets and imports the whole workspace exactly; bad files and a full disk change nothing', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await app.open('#/train');
  await trainDefaultModel(page);
  await page.goto('./#/settings');
  await expect(page.getByTestId('storage-usage')).toContainText('used of');
  const before = await dumpDatabase(page);
  expect(before['model_weights']).toHaveLength(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-workspace').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^iris-playground-backup-\d{4}-\d\d-\d\d\.zip$/);
  const backup = testInfo.outputPath('backup.zip');
  await download.saveAs(backup);

  await page.getByTestId('reset-workspace').click();
  await page.getByTestId('reset-yes').click();
  await expect(page.getByTestId('workspace-outcome')).toContainText('empty again');
  expect((await dumpDatabase(page))['runs']).toEqual([]);

  await importFile(page, backup, 'replace');
  await expect(page.getByTestId('workspace-outcome')).toContainText('1 runs, 1 model versions');
  expect(await dumpDatabase(page)).toEqual(before);
  // The app works on it: the imported model answers.
  await page.goto('./#/predict');
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('exchange-status')).toContainText('200');
  // That answer is in the prediction log: the workspace to keep unchanged from here on.
  await expect(page.getByTestId('prediction-log-row')).toHaveCount(1);
  const current = await dumpDatabase(page);

  // A truncated file is refused, and nothing changes.
  await page.goto('./#/settings');
  const bytes = readFileSync(backup);
  const truncated = testInfo.outputPath('truncated.zip');
  writeFileSync(truncated, bytes.subarray(0, bytes.length - 200));
  await importFile(page, truncated, 'replace');
  await expect(page.getByTestId('workspace-error')).toContainText('corrupt or truncated');
  expect(await dumpDatabase(page)).toEqual(current);

  // A full disk: the browser refuses a write mid-import; the transaction rolls back.
  await page.evaluate(() => {
    const stores = IDBObjectStore.prototype;
    const add = Object.getOwnPropertyDescriptor(stores, 'add')?.value as IDBObjectStore['add'];
    stores.add = function (this: IDBObjectStore, ...args) {
      if (this.name === 'artifacts') throw new DOMException('quota', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
  await importFile(page, backup, 'replace');
  await expect(page.getByTestId('workspace-error')).toContainText('ran out of storage');
  expect(await dumpDatabase(page)).toEqual(current);
  expect(app.errors).toEqual([]);
});

test('two tabs of one browser see each other’s runs without a reload', async ({ app }) => {
  const { page } = app;
  await app.open('#/runs');
  const other = await page.context().newPage();
  await other.goto('./#/runs');
  await expect(other.locator('main h1')).toBeVisible();
  await expect(page.getByTestId('run-count')).toHaveText(/: 0$/);

  // Trained in one tab, listed in the other, which never reloads.
  await trainDefaultModel(other);
  await expect(page.getByTestId('run-count')).toHaveText(/: 1$/);
  await other.goto('./#/runs');
  await expect(other.getByTestId('run-count')).toHaveText(/: 1$/);
  await trainDefaultModel(page);
  await expect(other.getByTestId('run-count')).toHaveText(/: 2$/);

  // Both tabs train at the same time: both runs and both versions are kept.
  await Promise.all([page.goto('./#/train'), other.goto('./#/train')]);
  await Promise.all([
    page.getByTestId('train-button').click(),
    other.getByTestId('train-button').click(),
  ]);
  for (const tab of [page, other]) {
    await expect(tab.getByTestId('train-outcome')).toBeVisible({ timeout: 60_000 });
  }
  await other.goto('./#/runs');
  await expect(other.getByTestId('run-count')).toHaveText(/: 4$/);
  const versions = await other.evaluate(async () => {
    const response = await fetch('api/models/iris/versions');
    return ((await response.json()) as { total: number }).total;
  });
  expect(versions).toBe(4);
  await other.close();
});

test('a tab reloads when another opens a newer schema, never blocking its upgrade', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/runs');
  await expect(page.getByTestId('run-count')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const other = await page.context().newPage();
  await other.goto('./#/');
  // As a newer deployment would: open the workspace one schema version up.
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('iris-mlops-playground', 1000);
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
        request.onblocked = () => reject(new Error('blocked by the old tab'));
        request.onerror = () => reject(request.error ?? new Error('request failed'));
      }),
  );
  expect(upgraded).toBe(1000);
  await page.waitForFunction(() => !('marker' in window));
  await other.close();
});

test('the prediction log lists every answered request and keeps at most its cap', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/train');
  await trainDefaultModel(page);
  await page.goto('./#/predict');
  await page.getByTestId('sample-virginica').click();
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('prediction-log-row').first()).toContainText('Virginica');
  // Requests from elsewhere (here: plain fetches) are logged too, live.
  await page.evaluate(async () => {
    for (let i = 0; i < 150; i++) {
      await fetch('api/models/iris/predict', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ features: [5.1, 3.5, 1.4, 0.2] }),
      });
    }
  });
  await expect(page.getByTestId('prediction-log')).toContainText('151 kept');

  await page.goto('./#/settings');
  await page.locator('#prediction-log-limit').fill('100');
  await page.locator('form.log-limit').getByRole('button').click();
  await expect(page.locator('form.log-limit')).toContainText('Now 100 kept');
  await page.locator('#prediction-log-limit').fill('5');
  await expect(page.locator('form.log-limit')).toContainText('Must be between 100 and 1000000');
  expect(app.errors).toEqual([]);
});
