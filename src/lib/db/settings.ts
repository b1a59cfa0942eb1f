// Workspace settings kept in IndexedDB, such as the API token that guards writes.
import { db } from './database';

export const DEFAULT_API_TOKEN = 'playground-token';

export async function getApiToken(): Promise<string> {
  return (await db.settings.get('api_token'))?.value ?? DEFAULT_API_TOKEN;
}

export async function setApiToken(token: string): Promise<void> {
  await db.settings.put({ key: 'api_token', value: token });
}
