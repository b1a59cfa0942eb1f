// Opening a workspace written by every earlier schema version, with a row in every table
// it had: all of it is still there after the upgrade, and the app works on it.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DATABASE_NAME, db, SCHEMA_CHANGES } from './database';
import { aliasHistory } from './alias-rules';
import { getModelWeights, resolveModelVersion } from './models';
import { listProjects } from './projects';
import { listRunDetails } from './run-queries';
import { metricHistory } from './metric-history';
import { dumpEveryTable, seedEveryTable } from './testing';

afterEach(() => db.close());

/** Rows of every table of a seeded current workspace, read raw (binaries as they are). */
async function seededRows(): Promise<{
  raw: Record<string, unknown[]>;
  dump: Record<string, unknown[]>;
}> {
  await db.delete();
  await db.open();
  const runId = await seedEveryTable();
  const raw: Record<string, unknown[]> = {};
  for (const table of db.tables) raw[table.name] = await table.toArray();
  const dump = await dumpEveryTable();
  db.close();
  expect(runId).toBeTruthy();
  return { raw, dump };
}

const latest = SCHEMA_CHANGES.at(-1)?.version ?? 0;
const earlier = SCHEMA_CHANGES.map((c) => c.version).filter((v) => v < latest);

describe('schema migrations', () => {
  it.each(earlier)('opens a version-%i workspace with every row intact', async (from) => {
    const { raw, dump } = await seededRows();
    await Dexie.delete(DATABASE_NAME);
    const old = new Dexie(DATABASE_NAME);
    const tables = new Set<string>();
    for (const change of SCHEMA_CHANGES.filter((c) => c.version <= from)) {
      old.version(change.version).stores(change.stores);
      for (const name of Object.keys(change.stores)) tables.add(name);
    }
    for (const name of tables) await old.table(name).bulkAdd(raw[name] ?? []);
    old.close();

    await db.open();
    expect(db.verno).toBe(latest);
    const after = await dumpEveryTable();
    for (const name of tables) expect(after[name], name).toEqual(dump[name]);
    // Tables added later start empty, except the run summaries v3 builds from the rows,
    // which must equal those the app keeps in step itself.
    expect(after['run_summaries']).toEqual(dump['run_summaries']);
    for (const name of Object.keys(after).filter((t) => !tables.has(t) && t !== 'run_summaries')) {
      expect(after[name], name).toEqual([]);
    }

    // The app works on it.
    const [run] = await listRunDetails(() => true);
    expect(run?.params['epochs']).toBe('10');
    expect((await metricHistory(run?.info.run_id ?? '', 'loss')).map((p) => p.step)).toEqual([
      0, 1, 2,
    ]);
    const champion = await resolveModelVersion('iris', { alias: 'champion' });
    expect((await getModelWeights('iris', champion.version))?.model.weightData.byteLength).toBe(12);
    expect(await listProjects()).toHaveLength(from >= 2 ? 1 : 0);
    expect(await aliasHistory('iris')).toHaveLength(from >= 4 ? 1 : 0);
  });
});
