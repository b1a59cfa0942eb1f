// The Deploy page's state: the workspace's deployments with their decisions, live from
// IndexedDB, and the changes a learner makes, sent through the Deploy API (so they show in
// DevTools and the console's history like any client's).
import { api, detailOf, type ApiResult, type DeploymentBody } from '../api/client';
import { deploymentEvents, listDeployments } from '../db/deployments';
import type { DeploymentEventRecord, DeploymentRecord } from '../db/records';
import { getApiToken } from '../db/settings';
import { sharesOf } from '../traffic/shares';
import { LiveQuery } from './live-query.svelte';

export interface DeploymentView {
  record: DeploymentRecord;
  events: DeploymentEventRecord[];
}

export class DeployView {
  readonly deployments = new LiveQuery(async (): Promise<DeploymentView[]> => {
    const records = await listDeployments();
    return Promise.all(
      records.map(async (record) => ({ record, events: await deploymentEvents(record.name) })),
    );
  });
  error = $state<string | null>(null);
  busy = $state(false);

  /** Sends one write to the Deploy API; answers whether it worked (else `error` says why). */
  private async write(send: (token: string) => Promise<ApiResult<unknown>>): Promise<boolean> {
    this.busy = true;
    this.error = null;
    try {
      const { response } = (await send(await getApiToken())).exchange;
      const ok = response.status < 300;
      if (!ok) this.error = `${response.status}: ${detailOf(response.body)}`;
      return ok;
    } finally {
      this.busy = false;
    }
  }

  put(name: string, body: DeploymentBody): Promise<boolean> {
    return this.write((token) => api.deployments.put(name, body, token));
  }

  decide(name: string, action: 'promote' | 'rollback'): Promise<boolean> {
    return this.write((token) => api.deployments[action](name, token));
  }

  remove(name: string): Promise<boolean> {
    return this.write((token) => api.deployments.delete(name, token));
  }
}

/** The share each variant of a stored deployment gets now (a bandit's depends on its feedback). */
export function intendedShares(record: DeploymentRecord): number[] | null {
  switch (record.strategy) {
    case 'single':
    case 'shadow':
      return record.variants.map((_, i) => (i === 0 ? 1 : 0));
    case 'canary': {
      const state = record.canary_state;
      const percent =
        state?.status === 'rolled_back'
          ? 0
          : state?.status === 'promoted'
            ? 100
            : (record.canary?.steps[state?.step ?? 0] ?? 0);
      return [1 - percent / 100, percent / 100];
    }
    case 'ab':
      return sharesOf(record.variants.map((v) => v.weight ?? 1));
    case 'bandit':
      return null;
  }
}
