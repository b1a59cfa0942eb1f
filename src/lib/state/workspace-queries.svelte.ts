// The live views of the workspace that pages show: recent runs, registered models and
// their versions. Each is a LiveQuery bound to the component that creates it.
import { listModelVersions, listRegisteredModels } from '../db/models';
import type { ModelVersionRecord } from '../db/records';
import { getRunDetails, listRecentRuns, type RunDetails } from '../db/run-queries';
import { LiveQuery } from './live-query.svelte';

export interface VersionWithRun {
  version: ModelVersionRecord;
  run: RunDetails | undefined;
}

export const recentRuns = (limit: number) => new LiveQuery(() => listRecentRuns(limit));

export const registeredModels = () => new LiveQuery(listRegisteredModels);

export const modelVersions = (name: string) => new LiveQuery(() => listModelVersions(name));

export const versionsWithRuns = (name: string) =>
  new LiveQuery(async (): Promise<VersionWithRun[]> => {
    const versions = await listModelVersions(name);
    const runs = await Promise.all(versions.map((v) => getRunDetails(v.run_id)));
    return versions.map((version, i) => ({ version, run: runs[i] }));
  });
