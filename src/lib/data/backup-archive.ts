// The workspace backup file: a zip with backup.json (format, schema version, row counts
// and a SHA-256 of every other file), one JSON file of rows per table, and binary values
// (weights, artifacts) as files of their own, referenced from the rows. Reading checks
// everything before returning a row, and says in plain words what is wrong.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const BACKUP_FORMAT = 'iris-mlops-playground/backup';
export const BACKUP_FORMAT_VERSION = 1;
const MANIFEST = 'backup.json';
/** What a model package (Models page) carries instead of backup.json. */
const MODEL_PACKAGE_MARK = 'metadata.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  format_version: number;
  /** The Dexie schema version of the workspace it was made from. */
  schema_version: number;
  app_version: string;
  created_at: string;
  /** Row count per table. */
  tables: Record<string, number>;
  /** SHA-256 (hex) of every file but backup.json. */
  checksums: Record<string, string>;
}

export type TableRows = Record<string, unknown[]>;

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

interface BinaryRef {
  $binary: string;
  type: 'ArrayBuffer' | 'Uint8Array';
}

/**
 * The kind of binary value `value` is, if any. By its tag rather than instanceof: rows read
 * from IndexedDB may hold buffers of another realm (a worker's, or fake-indexeddb's).
 */
function binaryType(value: unknown): BinaryRef['type'] | null {
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object ArrayBuffer]') return 'ArrayBuffer';
  if (tag === '[object Uint8Array]') return 'Uint8Array';
  return null;
}

const tableFile = (table: string) => `tables/${table}.json`;

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Zips the rows of every table; binary values go to files of their own, stored as they are. */
export async function packBackup(
  meta: Pick<BackupManifest, 'schema_version' | 'app_version' | 'created_at'>,
  tables: TableRows,
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let binaries = 0;
  const replacer = function (this: unknown, _key: string, value: unknown): unknown {
    const type = binaryType(value);
    if (type) {
      const path = `binary/${binaries++}.bin`;
      files[path] = new Uint8Array(value as ArrayBuffer | Uint8Array);
      const ref: BinaryRef = { $binary: path, type };
      return ref;
    }
    return value;
  };
  for (const [table, rows] of Object.entries(tables)) {
    files[tableFile(table)] = strToU8(JSON.stringify(rows, replacer));
  }
  const checksums: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(files)) checksums[path] = await sha256(bytes);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    format_version: BACKUP_FORMAT_VERSION,
    ...meta,
    tables: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])),
    checksums,
  };
  const zippable: Zippable = { [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)) };
  for (const [path, bytes] of Object.entries(files)) {
    // Weights and artifacts barely compress: store them, deflate the JSON.
    zippable[path] = [bytes, { level: path.startsWith('binary/') ? 0 : 6 }];
  }
  return zipSync(zippable);
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch {
    throw new BackupError(
      'This file is not a readable zip: it is corrupt or truncated (was the download complete?).',
    );
  }
}

function parseJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new BackupError(`${path} in the backup is not valid JSON: the file is corrupt.`);
  }
}

function checkManifest(
  value: unknown,
  limits: { schemaVersion: number; tables: readonly string[] },
): BackupManifest {
  const manifest = value as Partial<BackupManifest> | null;
  if (manifest?.format !== BACKUP_FORMAT) {
    throw new BackupError('backup.json is not from this playground: this is a foreign file.');
  }
  if (typeof manifest.format_version !== 'number' || typeof manifest.schema_version !== 'number') {
    throw new BackupError('backup.json lacks its format or schema version: the file is corrupt.');
  }
  if (manifest.format_version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup is format ${manifest.format_version}, newer than this app reads (${BACKUP_FORMAT_VERSION}): update the app first.`,
    );
  }
  if (manifest.schema_version > limits.schemaVersion) {
    throw new BackupError(
      `This backup comes from a newer version of the app (workspace schema ${manifest.schema_version}; this app knows up to ${limits.schemaVersion}): update the app first.`,
    );
  }
  const counts = manifest.tables;
  const checksums = manifest.checksums;
  if (!counts || typeof counts !== 'object' || !checksums || typeof checksums !== 'object') {
    throw new BackupError('backup.json lacks its table list or checksums: the file is corrupt.');
  }
  const unknown = Object.keys(counts).filter((t) => !limits.tables.includes(t));
  if (unknown.length > 0) {
    throw new BackupError(`This backup has tables this app does not know: ${unknown.join(', ')}.`);
  }
  return manifest as BackupManifest;
}

/**
 * Reads a backup: the manifest and every table's rows, binary values restored. Throws a
 * BackupError for a file that is not a zip, foreign, too new, or whose files are missing,
 * altered (checksum) or short of rows.
 */
export async function unpackBackup(
  bytes: Uint8Array,
  limits: { schemaVersion: number; tables: readonly string[] },
): Promise<{ manifest: BackupManifest; tables: TableRows }> {
  const files = unzip(bytes);
  const manifestBytes = files[MANIFEST];
  if (!manifestBytes) {
    throw new BackupError(
      files[MODEL_PACKAGE_MARK]
        ? 'This is a model package, not a workspace backup: import it on the Models page.'
        : 'This zip has no backup.json: it is not a workspace backup.',
    );
  }
  const manifest = checkManifest(parseJson(manifestBytes, MANIFEST), limits);
  for (const [path, expected] of Object.entries(manifest.checksums)) {
    const file = files[path];
    if (!file) throw new BackupError(`${path} is missing from the backup: the file is truncated.`);
    if ((await sha256(file)) !== expected) {
      throw new BackupError(`${path} does not match its checksum: the file is corrupt.`);
    }
  }
  const reviver = (_key: string, value: unknown): unknown => {
    const ref = value as Partial<BinaryRef> | null;
    if (typeof ref?.$binary !== 'string') return value;
    const file = files[ref.$binary];
    if (!file || !(ref.$binary in manifest.checksums)) {
      throw new BackupError(`${ref.$binary} is missing from the backup: the file is truncated.`);
    }
    return ref.type === 'Uint8Array' ? file.slice() : file.slice().buffer;
  };
  const tables: TableRows = {};
  for (const [table, count] of Object.entries(manifest.tables)) {
    const path = tableFile(table);
    const file = files[path];
    if (!file || !(path in manifest.checksums)) {
      throw new BackupError(`${path} is missing from the backup: the file is truncated.`);
    }
    let rows: unknown;
    try {
      rows = JSON.parse(strFromU8(file), reviver);
    } catch (error) {
      if (error instanceof BackupError) throw error;
      throw new BackupError(`${path} in the backup is not valid JSON: the file is corrupt.`);
    }
    if (!Array.isArray(rows) || rows.length !== count) {
      throw new BackupError(
        `${path} should hold ${count} rows and holds ${Array.isArray(rows) ? rows.length : 'none'}: the file is corrupt.`,
      );
    }
    if (rows.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
      throw new BackupError(`${path} holds something that is not a record: the file is corrupt.`);
    }
    tables[table] = rows as unknown[];
  }
  return { manifest, tables };
}
