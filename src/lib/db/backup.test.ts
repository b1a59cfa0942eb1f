import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BackupError } from '../data/backup-archive';
import { exportWorkspace, importWorkspace, resetWorkspace } from './backup';
import { db } from './database';
import { StorageFullError } from './errors';
import { getModelWeights, resolveModelVersion } from './models';
import { createRun } from './run-writes';
import { listRunDetails } from './run-queries';
import { dumpEveryTable, FAKE_MODEL, seedEveryTable } from './testing';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

/** Rewrites one file of a backup zip (the others kept as they are). */
function withFile(backup: Uint8Array, path: string, edit: (text: string) => string): Uint8Array {
  const files = unzipSync(backup);
  files[path] = strToU8(edit(strFromU8(files[path] ?? new Uint8Array())));
  return zipSync(files);
}

describe('workspace backup', () => {
  it('exports, resets and imports every table exactly, weights byte-identical', async () => {
    await seedEveryTable();
    const before = await dumpEveryTable();
    for (const [table, rows] of Object.entries(before)) {
      expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
    }
    const backup = await exportWorkspace('1.2.3');

    await resetWorkspace();
    expect(await db.runs.count()).toBe(0);
    expect((await db.experiments.toArray()).map((e) => e.name)).toEqual(['Default']);

    const report = await importWorkspace(backup, 'replace');
    expect(report.added['runs']).toBe(1);
    expect(await dumpEveryTable()).toEqual(before);
    const weights = await getModelWeights('iris', 1);
    expect(new Float32Array(weights?.model.weightData ?? [])).toEqual(
      new Float32Array(FAKE_MODEL.weightData),
    );
    // And the app works on it.
    expect((await resolveModelVersion('iris', { alias: 'champion' })).version).toBe(1);
    expect((await listRunDetails(() => true))[0]?.metrics['val_accuracy']).toBe(0.95);
  });

  it('merges: adds what is missing, keeps this workspace where both have the same record', async () => {
    const runId = await seedEveryTable();
    const backup = await exportWorkspace('1.2.3');
    await db.runs.update(runId, { run_name: 'renamed here' });
    const mine = await createRun({ params: {}, tags: {}, inputs: [] });

    const report = await importWorkspace(backup, 'merge');
    expect(report.kept).toEqual({ runs: 1, models: ['iris'], experiments: 2 });
    expect((await db.runs.get(runId))?.run_name).toBe('renamed here');
    expect(await db.runs.get(mine.run_id)).toBeTruthy();
    expect(await db.settings.get('api_token')).toEqual({ key: 'api_token', value: 'seeded-token' });

    await resetWorkspace();
    await createRun({ params: {}, tags: {}, inputs: [] });
    const merged = await importWorkspace(backup, 'merge');
    expect(merged.added['runs']).toBe(1);
    expect(merged.added['model_weights']).toBe(1);
    expect(await db.runs.count()).toBe(2);
    expect(await db.alias_events.count()).toBe(1);
  });

  it('refuses a corrupt, truncated, foreign or too-new file and writes nothing', async () => {
    await seedEveryTable();
    const backup = await exportWorkspace('1.2.3');
    await resetWorkspace();
    await createRun({ params: {}, tags: {}, inputs: [] });
    const before = await dumpEveryTable();

    const cases: [Uint8Array, RegExp][] = [
      [backup.slice(0, backup.length - 100), /corrupt or truncated/],
      [strToU8('run_id,loss\nr,1\n'), /not a readable zip/],
      [zipSync({ 'metadata.json': strToU8('{}') }), /model package/],
      [zipSync({ 'notes.txt': strToU8('hi') }), /not a workspace backup/],
      [
        withFile(backup, 'backup.json', (t) => t.replace('iris-mlops-playground/backup', 'x')),
        /foreign/,
      ],
      [
        withFile(backup, 'backup.json', (t) =>
          t.replace(/"schema_version": \d+/, '"schema_version": 99'),
        ),
        /newer version of the app/,
      ],
      [withFile(backup, 'tables/runs.json', (t) => t.replace('FINISHED', 'FINISHEX')), /checksum/],
    ];
    const damaged = unzipSync(backup);
    delete damaged['binary/0.bin'];
    cases.push([zipSync(damaged), /binary\/0\.bin is missing/]);
    for (const [file, message] of cases) {
      const error = await importWorkspace(file, 'replace').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
    }
    expect(await dumpEveryTable()).toEqual(before);
  });

  it('imports a run that was still running as KILLED', async () => {
    const run = await createRun({ params: {}, tags: {}, inputs: [] });
    const backup = await exportWorkspace('1.2.3');
    await importWorkspace(backup, 'replace', 42);
    expect(await db.runs.get(run.run_id)).toMatchObject({ status: 'KILLED', end_time: 42 });
  });

  it('rolls back and says so when the disk is full', async () => {
    await seedEveryTable();
    const backup = await exportWorkspace('1.2.3');
    await resetWorkspace();
    const before = await dumpEveryTable();
    // As a browser does when the disk is full: the object store refuses the write.
    const stores = globalThis.IDBObjectStore.prototype;
    const add = Object.getOwnPropertyDescriptor(stores, 'add');
    Object.defineProperty(stores, 'add', {
      configurable: true,
      value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (this.name === 'artifacts') throw new DOMException('quota', 'QuotaExceededError');
        return (add?.value as IDBObjectStore['add']).apply(this, args);
      },
    });
    try {
      await expect(importWorkspace(backup, 'replace')).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      if (add) Object.defineProperty(stores, 'add', add);
    }
    expect(await dumpEveryTable()).toEqual(before);
  });
});
