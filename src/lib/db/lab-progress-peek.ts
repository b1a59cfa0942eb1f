// A glance at the labs' progress with IndexedDB's own API, for Home's first paint, which must
// not wait for Dexie. Read-only: a browser with no workspace yet gets none made here.
import { DATABASE_NAME } from './database-name';
import type { LabProgressRecord } from './records';

export function peekLabProgress(): Promise<LabProgressRecord[]> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      resolve([]);
      return;
    }
    const request = indexedDB.open(DATABASE_NAME);
    // Asked to create the database: there is no workspace yet, and Dexie must be the one to
    // create it (with its first experiment), so abort.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve([]);
    };
    request.onsuccess = () => {
      const connection = request.result;
      // Never hold up the app's own upgrade.
      connection.onversionchange = () => connection.close();
      if (!connection.objectStoreNames.contains('lab_progress')) {
        connection.close();
        resolve([]);
        return;
      }
      const read = connection.transaction('lab_progress').objectStore('lab_progress').getAll();
      read.onsuccess = () => resolve(read.result as LabProgressRecord[]);
      read.onerror = () => resolve([]);
      read.transaction?.addEventListener('complete', () => connection.close());
      read.transaction?.addEventListener('abort', () => connection.close());
    };
  });
}
