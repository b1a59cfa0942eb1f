// Training worker entry: trains one classifier per request off the main thread and
// streams each epoch's metrics back, then the result with its weights transferred.
import { loadTf } from '../ml/load-tf';
import { trainClassifier } from '../ml/train';
import type { TrainingEvent, TrainRequest } from './training-protocol';

const post = (event: TrainingEvent, transfer: Transferable[] = []) =>
  self.postMessage(event, { transfer });

self.onmessage = async ({ data }: MessageEvent<TrainRequest>) => {
  const { id, config, dataset } = data;
  try {
    const tf = await loadTf();
    const result = await trainClassifier(tf, config, dataset, (metrics) =>
      post({ type: 'epoch', id, metrics, timestamp: Date.now() }),
    );
    post({ type: 'done', id, result }, [result.model.weightData]);
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
