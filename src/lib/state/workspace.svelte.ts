// The Settings page's workspace panel: storage used and allowed, persistence, backup export
// and import, and reset. The work itself is db's; this keeps what the page shows.
import {
  exportWorkspace,
  importWorkspace,
  resetWorkspace,
  type ImportMode,
  type ImportReport,
} from '../db/backup';
import { datedName, downloadFile } from '../services/download';
import { cacheWholeApp, offlineStatus, type OfflineStatus } from '../services/offline';
import { requestPersistentStorage } from '../services/persistence';

export interface StorageFigures {
  usage: number;
  quota: number;
  persisted: boolean;
}

export type WorkspaceOutcome =
  | { kind: 'exported'; bytes: number }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'reset' }
  | { kind: 'error'; message: string };

export class WorkspaceView {
  storage = $state.raw<StorageFigures | null>(null);
  busy = $state<'export' | 'import' | 'reset' | null>(null);
  outcome = $state.raw<WorkspaceOutcome | null>(null);
  /** How much of the app the service worker holds for offline use; null without a worker. */
  offline = $state.raw<OfflineStatus | null>(null);
  caching = $state(false);

  async refreshOffline(): Promise<void> {
    this.offline = await offlineStatus();
  }

  async makeOffline(): Promise<void> {
    this.caching = true;
    try {
      this.offline = await cacheWholeApp();
    } finally {
      this.caching = false;
    }
  }

  async refreshStorage(): Promise<void> {
    const storage = globalThis.navigator?.storage;
    if (!storage?.estimate) return;
    const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
    this.storage = { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  }

  async persist(): Promise<void> {
    await requestPersistentStorage();
    await this.refreshStorage();
  }

  exportBackup(): Promise<void> {
    return this.run('export', async () => {
      const bytes = await exportWorkspace(__APP_VERSION__);
      downloadFile(
        datedName('iris-playground-backup', 'zip'),
        bytes as Uint8Array<ArrayBuffer>,
        'application/zip',
      );
      return { kind: 'exported', bytes: bytes.length };
    });
  }

  importBackup(file: File, mode: ImportMode): Promise<void> {
    return this.run('import', async () => {
      const report = await importWorkspace(new Uint8Array(await file.arrayBuffer()), mode);
      return { kind: 'imported', report };
    });
  }

  reset(): Promise<void> {
    return this.run('reset', async () => {
      await resetWorkspace();
      return { kind: 'reset' };
    });
  }

  private async run(
    busy: NonNullable<WorkspaceView['busy']>,
    work: () => Promise<WorkspaceOutcome>,
  ): Promise<void> {
    this.busy = busy;
    this.outcome = null;
    try {
      this.outcome = await work();
    } catch (error) {
      this.outcome = {
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      };
    } finally {
      this.busy = null;
      await this.refreshStorage();
    }
  }
}
