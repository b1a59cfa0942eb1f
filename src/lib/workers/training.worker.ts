// Training worker entry: trains (or evaluates) off the main thread and
// streams the epochs' metrics back in batches (at most one message per 50 ms: the page
// redraws less often than that), with a copy of the weights at most five times a second
// when asked, then the result with its weights transferred. Between epochs it yields at
// the same pace so that a 'cancel' message can reach it.
import { loadTf } from '../ml/load-tf';
import { runEvaluation } from '../ml/evaluation';
import type { NetworkSnapshot } from '../ml/network-snapshot';
import { TrainingCancelled, trainClassifier, type EpochMetrics } from '../ml/train';
import type { TrainerRequest, TrainingEvent } from './training-protocol';

const BATCH_MS = 50;
/** The first epoch always, then at most this often: a picture costs the page a few ms. */
const SNAPSHOT_MS = 200;
const cancelled = new Set<number>();

const post = (event: TrainingEvent, transfer: Transferable[] = []) =>
  self.postMessage(event, { transfer });

/** A macrotask without setTimeout's 4 ms clamp: lets queued messages in. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function train(request: Extract<TrainerRequest, { type: 'train' }>) {
  const { id, config, dataset } = request;
  let pending: { metrics: EpochMetrics; timestamp: number }[] = [];
  let snapshot: NetworkSnapshot | undefined;
  let lastPost = performance.now();
  let lastSnapshot = -Infinity;
  const flush = () => {
    if (pending.length > 0) post({ type: 'epochs', id, epochs: pending, snapshot });
    pending = [];
    snapshot = undefined;
    lastPost = performance.now();
  };
  const checkpoint = () => {
    if (cancelled.has(id)) throw new TrainingCancelled();
    if (performance.now() - lastPost < BATCH_MS) return undefined;
    flush();
    return yieldToMessages().then(() => {
      if (cancelled.has(id)) throw new TrainingCancelled();
      return undefined;
    });
  };
  try {
    const tf = await loadTf();
    const result = await trainClassifier(
      tf,
      config,
      dataset,
      (metrics, network) => {
        pending.push({ metrics, timestamp: Date.now() });
        if (request.snapshots && performance.now() - lastSnapshot >= SNAPSHOT_MS) {
          snapshot = { epoch: metrics.epoch, network: network() };
          lastSnapshot = performance.now();
        }
      },
      checkpoint,
    );
    flush();
    post({ type: 'done', id, result }, [result.model.weightData]);
  } catch (error) {
    flush();
    if (error instanceof TrainingCancelled) post({ type: 'cancelled', id });
    else
      post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(id);
  }
}

/** Between epochs: lets a 'cancel' in (at most every 50 ms) and stops if one came. */
function cancellable(id: number) {
  let last = performance.now();
  return () => {
    if (cancelled.has(id)) throw new TrainingCancelled();
    if (performance.now() - last < BATCH_MS) return undefined;
    last = performance.now();
    return yieldToMessages().then(() => {
      if (cancelled.has(id)) throw new TrainingCancelled();
      return undefined;
    });
  };
}

async function evaluate({ id, request }: Extract<TrainerRequest, { type: 'evaluate' }>) {
  try {
    const tf = await loadTf();
    const outcome = await runEvaluation(
      tf,
      request,
      (done, total) => post({ type: 'progress', id, done, total }),
      cancellable(id),
    );
    post({ type: 'evaluated', id, outcome });
  } catch (error) {
    if (error instanceof TrainingCancelled) post({ type: 'cancelled', id });
    else
      post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(id);
  }
}

self.onmessage = ({ data }: MessageEvent<TrainerRequest>) => {
  if (data.type === 'cancel') cancelled.add(data.id);
  else if (data.type === 'evaluate') void evaluate(data);
  else void train(data);
};
