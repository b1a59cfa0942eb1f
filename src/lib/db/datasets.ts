// Uploaded data set versions, each stored as its canonical CSV and known by its digest.
import { db } from './database';
import { ConflictError, NotFoundError } from './errors';
import type { DatasetRecord } from './records';

/** Stores a new version; the same content (digest) twice is a conflict. */
export async function createDataset(record: DatasetRecord): Promise<DatasetRecord> {
  await db.transaction('rw', db.datasets, async () => {
    const same = await db.datasets.where('digest').equals(record.digest).first();
    if (same) throw new ConflictError(`This data is already stored as data set '${same.id}'`);
    await db.datasets.add(record);
  });
  return record;
}

export async function listDatasets(): Promise<DatasetRecord[]> {
  return db.datasets.orderBy('id').toArray();
}

export async function getDataset(id: string): Promise<DatasetRecord> {
  const found = await db.datasets.get(id);
  if (!found) throw new NotFoundError(`Data set '${id}' not found`);
  return found;
}
