// Builds run summaries from the per-key tables' rows (the v3 upgrade, and a check that the
// copies agree). No database access here, so that the schema's upgrade can use it.
import type {
  MetricPoint,
  ParamRecord,
  RunInputRecord,
  RunSummaryRecord,
  TagRecord,
} from './records';

export function emptySummary(run_id: string): RunSummaryRecord {
  return { run_id, params: {}, tags: {}, metrics: {}, inputs: [] };
}

export function buildSummaries(
  runIds: readonly string[],
  rows: {
    params: readonly ParamRecord[];
    tags: readonly TagRecord[];
    metrics: readonly MetricPoint[];
    inputs: readonly RunInputRecord[];
  },
): RunSummaryRecord[] {
  const summaries = new Map(runIds.map((id) => [id, emptySummary(id)]));
  for (const p of rows.params) {
    const s = summaries.get(p.run_id);
    if (s) s.params[p.key] = p.value;
  }
  for (const t of rows.tags) {
    const s = summaries.get(t.run_id);
    if (s) s.tags[t.key] = t.value;
  }
  for (const m of rows.metrics) {
    const s = summaries.get(m.run_id);
    if (s) s.metrics[m.key] = m.value;
  }
  for (const { run_id, name, digest, context } of rows.inputs) {
    summaries.get(run_id)?.inputs.push({ name, digest, context });
  }
  return [...summaries.values()];
}
