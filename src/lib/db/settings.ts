// Workspace settings kept in IndexedDB: the API token that guards writes, and the
// simulated network conditions. Watchers see every change, from any tab.
import type { NetworkConditions } from '../http/network-conditions';
import { changeFeed } from './change-feed';
import { db } from './database';

export const DEFAULT_API_TOKEN = 'playground-token';

export interface WorkspaceSettings {
  apiToken: string;
  /** null until the user first sets them (then the defaults of lib/http apply). */
  networkConditions: NetworkConditions | null;
}

async function readSettings(): Promise<WorkspaceSettings> {
  const [token, conditions] = await db.settings.bulkGet(['api_token', 'network_conditions']);
  return {
    apiToken: token?.value ?? DEFAULT_API_TOKEN,
    networkConditions: conditions ? (JSON.parse(conditions.value) as NetworkConditions) : null,
  };
}

export function getSettings(): Promise<WorkspaceSettings> {
  return readSettings();
}

export async function getApiToken(): Promise<string> {
  return (await readSettings()).apiToken;
}

const feed = changeFeed(readSettings);

async function write(key: string, value: string): Promise<void> {
  await db.settings.put({ key, value });
  await feed.notify();
}

export async function setApiToken(token: string): Promise<void> {
  await write('api_token', token);
}

export async function setNetworkConditions(conditions: NetworkConditions): Promise<void> {
  await write('network_conditions', JSON.stringify(conditions));
}

/**
 * Calls `onChange` with the settings now and after every change: at once for writes
 * from this page (so the next request sees them), and from other tabs through a live
 * query. Returns the unsubscribe.
 */
export function watchSettings(onChange: (settings: WorkspaceSettings) => void): () => void {
  return feed.watch(onChange);
}
