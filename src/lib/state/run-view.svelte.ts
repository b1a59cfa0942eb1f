// One run's page: its summary, every metric's history (with min and max) and how the
// histories group into charts, artifacts, child runs, and the edits a user makes (tags,
// the note).
import type { MetricPoint } from '../db/records';
import { deleteTag } from '../db/run-writes';
import { getArtifact, listArtifacts, listChildRuns, listVersionsOfRun } from '../db/run-queries';
import { runMetricHistories } from '../db/metric-history';
import { getRunDetails } from '../db/run-queries';
import { updateRun } from '../db/run-writes';
import { downloadFile } from '../services/download';
import { attempt } from '../services/attempt';
import { LiveQuery } from './live-query.svelte';

/** MLflow keeps a run's description in this tag. */
export const NOTE_TAG = 'mlflow.note.content';

export interface MetricSummary {
  key: string;
  latest: number;
  min: number;
  max: number;
  steps: number;
}

function summarize(histories: Record<string, MetricPoint[]>): MetricSummary[] {
  return Object.entries(histories)
    .map(([key, points]) => {
      const values = points.map((p) => p.value);
      return {
        key,
        latest: points.at(-1)?.value ?? Number.NaN,
        min: Math.min(...values),
        max: Math.max(...values),
        steps: points.length,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** A chart of metric curves: its title and one line per metric, by step. */
export interface MetricChart {
  title: string;
  series: { label: string; points: { x: number; y: number }[] }[];
}

/** Training and validation curves share a chart, headed by the training metric. */
const PAIRS = [
  ['loss', 'val_loss'],
  ['accuracy', 'val_accuracy'],
] as const;

/** The pairs first (when the run logged them), then every other metric of two steps or more. */
function groupCharts(histories: Record<string, MetricPoint[]>): MetricChart[] {
  const paired = new Set<string>(PAIRS.flat());
  const groups: { title: string; keys: string[] }[] = PAIRS.filter(([a]) => histories[a]).map(
    ([a, b]) => ({ title: a, keys: [a, b] }),
  );
  for (const [key, points] of Object.entries(histories)) {
    if (!paired.has(key) && points.length > 1) groups.push({ title: key, keys: [key] });
  }
  return groups.map((group) => ({
    title: group.title,
    series: group.keys.map((key) => ({
      label: key,
      points: (histories[key] ?? []).map((p) => ({ x: p.step, y: p.value })),
    })),
  }));
}

export class RunView {
  readonly details;
  readonly histories;
  readonly artifacts;
  readonly children;
  readonly versions;

  constructor(readonly runId: string) {
    this.details = new LiveQuery(() => getRunDetails(runId));
    this.histories = new LiveQuery(() => runMetricHistories(runId));
    this.artifacts = new LiveQuery(() => listArtifacts(runId));
    this.children = new LiveQuery(() => listChildRuns(runId));
    this.versions = new LiveQuery(() => listVersionsOfRun(runId));
  }

  get metrics(): MetricSummary[] {
    return summarize(this.histories.current ?? {});
  }

  get charts(): MetricChart[] {
    return groupCharts(this.histories.current ?? {});
  }

  setTag(key: string, value: string): Promise<string | null> {
    return attempt(() => updateRun(this.runId, { tags: { [key]: value } }));
  }

  removeTag(key: string): Promise<string | null> {
    return attempt(() => deleteTag(this.runId, key));
  }

  /** The artifact's text (JSON, SVG), or an object URL for showing it as an image. */
  async open(path: string): Promise<{ text: string; url: string | null }> {
    const file = await getArtifact(this.runId, path);
    const isImage = file.mime_type.startsWith('image/');
    const isText = isImage || /json|text|svg/.test(file.mime_type);
    return {
      text: isText ? new TextDecoder().decode(file.data) : '',
      url: isImage ? URL.createObjectURL(new Blob([file.data], { type: file.mime_type })) : null,
    };
  }

  async download(path: string): Promise<void> {
    const file = await getArtifact(this.runId, path);
    downloadFile(path.split('/').at(-1) ?? path, file.data, file.mime_type);
  }
}
