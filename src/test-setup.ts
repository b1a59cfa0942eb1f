// Unit-test environment: a working IndexedDB for Dexie in Node.
import 'fake-indexeddb/auto';
