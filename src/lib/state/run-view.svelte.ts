// One run's page: its summary and experiment, every metric's history (with min and max)
// and its charts, artifacts, child runs, and the edits a user makes (tags, the note).
import { listExperiments } from '../db/experiments';
import type { ExperimentRecord } from '../db/records';
import { deleteTag } from '../db/run-writes';
import { getArtifact, listArtifacts, listChildRuns, listVersionsOfRun } from '../db/run-queries';
import { runMetricHistories } from '../db/metric-history';
import { getRunDetails } from '../db/run-queries';
import { updateRun } from '../db/run-writes';
import { downloadFile } from '../services/download';
import { attempt } from '../services/attempt';
import {
  groupCharts,
  summarize,
  type MetricChart,
  type MetricSummary,
} from '../services/metric-charts';
import { LiveQuery } from './live-query.svelte';

/** MLflow keeps a run's description in this tag. */
export const NOTE_TAG = 'mlflow.note.content';

export class RunView {
  readonly details;
  readonly histories;
  readonly artifacts;
  readonly children;
  readonly versions;
  // Deleted ones too: a run keeps its experiment's name after the experiment is deleted.
  readonly #experiments = new LiveQuery(() => listExperiments('ALL'));

  constructor(readonly runId: string) {
    this.details = new LiveQuery(() => getRunDetails(runId));
    this.histories = new LiveQuery(() => runMetricHistories(runId));
    this.artifacts = new LiveQuery(() => listArtifacts(runId));
    this.children = new LiveQuery(() => listChildRuns(runId));
    this.versions = new LiveQuery(() => listVersionsOfRun(runId));
  }

  /** The run's experiment, once both are loaded. */
  get experiment(): ExperimentRecord | undefined {
    const id = this.details.current?.info.experiment_id;
    return this.#experiments.current?.find((e) => e.experiment_id === id);
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
