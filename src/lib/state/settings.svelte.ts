// The Settings page's state: the workspace's API token, simulated network conditions and
// the API base URL the console calls, kept current from IndexedDB (other tabs included)
// and changed through db.
import { apiUrl } from '../api/client';
import {
  DEFAULT_API_TOKEN,
  setApiBaseUrl,
  setApiToken,
  setNetworkConditions,
  watchSettings,
  type WorkspaceSettings,
} from '../db/settings';
import { checkApiBase, type ApiBaseProblem } from '../http/api-base';
import { NO_CONDITIONS, type NetworkConditions } from '../http/network-conditions';

export class SettingsView {
  settings = $state.raw<WorkspaceSettings | null>(null);
  conditions = $derived(this.settings?.networkConditions ?? NO_CONDITIONS);
  /** This playground's own base URL: the API base by default. */
  readonly ownApiBase = apiUrl('');

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

  /** Saves the base URL as typed (empty: this playground); a refused one changes nothing. */
  async saveApiBase(text: string): Promise<ApiBaseProblem | null> {
    if (text.trim() === '') {
      await setApiBaseUrl(null);
      return null;
    }
    const checked = checkApiBase(text, this.ownApiBase);
    if ('problem' in checked) return checked.problem;
    await setApiBaseUrl(checked.base === this.ownApiBase ? null : checked.base);
    return null;
  }
}
