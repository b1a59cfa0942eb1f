// Keeps each run's summary row in step with its params, tags and latest metrics. Call it
// inside the transaction that changes them (its scope must include run_summaries), so that
// the copy and the rows never disagree.
import { db } from './database';
import type { RunSummaryRecord } from './records';
import { emptySummary } from './summary-builder';

export interface SummaryPatch {
  params?: Record<string, string>;
  tags?: Record<string, string>;
  metrics?: Record<string, number>;
  removeTags?: readonly string[];
}

export async function patchSummary(runId: string, patch: SummaryPatch): Promise<void> {
  const current = (await db.run_summaries.get(runId)) ?? emptySummary(runId);
  const tags = { ...current.tags, ...patch.tags };
  for (const key of patch.removeTags ?? []) delete tags[key];
  const next: RunSummaryRecord = {
    ...current,
    params: { ...current.params, ...patch.params },
    tags,
    metrics: { ...current.metrics, ...patch.metrics },
  };
  await db.run_summaries.put(next);
}
