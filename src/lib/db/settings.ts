// Workspace settings kept in IndexedDB: the API token that guards writes, the simulated
// network conditions, and where the console sends requests. Watchers see every change,
// from any tab.
import type { NetworkConditions } from '../http/network-conditions';
import { changeFeed } from './change-feed';
import { db } from './database';

export const DEFAULT_API_TOKEN = 'playground-token';

export interface WorkspaceSettings {
  apiToken: string;
  /** null until the user first sets them (then the defaults of lib/http apply). */
  networkConditions: NetworkConditions | null;
  /** The base URL of another server the console and Predict page call; null: this playground. */
  apiBaseUrl: string | null;
}

async function readSettings(): Promise<WorkspaceSettings> {
  const [token, conditions, apiBase] = await db.settings.bulkGet([
    'api_token',
    'network_conditions',
    'api_base_url',
  ]);
  return {
    apiToken: token?.value ?? DEFAULT_API_TOKEN,
    networkConditions: conditions ? (JSON.parse(conditions.value) as NetworkConditions) : null,
    apiBaseUrl: apiBase?.value ?? null,
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

/** Points the console and the Predict page at another server's base URL; null: back here. */
export async function setApiBaseUrl(base: string | null): Promise<void> {
  if (base !== null) return write('api_base_url', base);
  await db.settings.delete('api_base_url');
  await feed.notify();
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
