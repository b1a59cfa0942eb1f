// Training worker entry: trains one classifier per request off the main thread and
// streams the epochs' metrics back in batches (at most one message per 50 ms: the page
// redraws less often than that), then the result with its weights transferred.
import { loadTf } from '../ml/load-tf';
import { trainClassifier, type EpochMetrics } from '../ml/train';
import type { TrainingEvent, TrainRequest } from './training-protocol';

const BATCH_MS = 50;

const post = (event: TrainingEvent, transfer: Transferable[] = []) =>
  self.postMessage(event, { transfer });

self.onmessage = async ({ data }: MessageEvent<TrainRequest>) => {
  const { id, config, dataset } = data;
  let pending: { metrics: EpochMetrics; timestamp: number }[] = [];
  let lastPost = performance.now();
  const flush = () => {
    if (pending.length > 0) post({ type: 'epochs', id, epochs: pending });
    pending = [];
    lastPost = performance.now();
  };
  try {
    const tf = await loadTf();
    const result = await trainClassifier(tf, config, dataset, (metrics) => {
      pending.push({ metrics, timestamp: Date.now() });
      if (performance.now() - lastPost >= BATCH_MS) flush();
    });
    flush();
    post({ type: 'done', id, result }, [result.model.weightData]);
  } catch (error) {
    flush();
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
