// Workspace settings kept in IndexedDB: the API token that guards writes, and the
// simulated network conditions. Watchers see every change, from any tab.
import { liveQuery } from 'dexie';
import type { NetworkConditions } from '../http/network-conditions';
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

export async function getApiToken(): Promise<string> {
  return (await readSettings()).apiToken;
}

export async function setApiToken(token: string): Promise<void> {
  await db.settings.put({ key: 'api_token', value: token });
}

export async function setNetworkConditions(conditions: NetworkConditions): Promise<void> {
  await db.settings.put({ key: 'network_conditions', value: JSON.stringify(conditions) });
}

/** Calls `onChange` with the settings now and after every change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: WorkspaceSettings) => void): () => void {
  const subscription = liveQuery(readSettings).subscribe({
    next: onChange,
    error: (error: unknown) => console.error('could not read the settings', error),
  });
  return () => subscription.unsubscribe();
}
