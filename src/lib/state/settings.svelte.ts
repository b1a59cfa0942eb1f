// The Settings page's state: the workspace's API token and simulated network conditions,
// kept current from IndexedDB (other tabs included) and changed through db.
import {
  DEFAULT_API_TOKEN,
  setApiToken,
  setNetworkConditions,
  watchSettings,
  type WorkspaceSettings,
} from '../db/settings';
import { NO_CONDITIONS, type NetworkConditions } from '../http/network-conditions';

export class SettingsView {
  settings = $state.raw<WorkspaceSettings | null>(null);
  conditions = $derived(this.settings?.networkConditions ?? NO_CONDITIONS);

  /** Call during component initialisation: follows the settings while the component lives. */
  constructor() {
    $effect(() => watchSettings((settings) => (this.settings = settings)));
  }

  saveToken(token: string): Promise<void> {
    return setApiToken(token.trim());
  }

  resetToken(): Promise<void> {
    return setApiToken(DEFAULT_API_TOKEN);
  }

  saveConditions(conditions: NetworkConditions): Promise<void> {
    return setNetworkConditions(conditions);
  }
}
