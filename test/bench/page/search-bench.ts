// Run search in the page: 10,000 runs with 20 params and 10 metrics each, searched and
// sorted as the Runs table does on every keystroke, against a hand-written filter and
// sort of the same runs (the floor any search could reach).
import { seededRandom } from '../../../src/lib/data/random';
import { db } from '../../../src/lib/db/database';
import { listRunDetails } from '../../../src/lib/db/run-queries';
import { applyQuery, compileQuery, searchable } from '../../../src/lib/search/run-query';

const RUNS = 10_000;

function syntheticRuns() {
  const random = seededRandom(11);
  return Array.from({ length: RUNS }, (_, i) => {
    const params: Record<string, string> = {
      model: random() < 0.5 ? 'mlp' : 'softmax',
      optimizer: random() < 0.5 ? 'adam' : 'sgd',
    };
    for (let p = 0; p < 18; p++) params[`p${p}`] = String(Math.round(random() * 1000) / 1000);
    const metrics: Record<string, number> = {};
    for (let m = 0; m < 10; m++) metrics[`m${m}`] = random();
    return searchable({
      info: {
        run_id: i.toString(16).padStart(32, '0'),
        run_name: `run-${i}`,
        status: random() < 0.9 ? 'FINISHED' : 'FAILED',
        experiment_id: '0',
        start_time: 1_700_000_000_000 + i * 1000,
        end_time: null,
        lifecycle_stage: 'active',
      },
      params,
      metrics,
      tags: { source: 'bench' },
      inputs: [],
    });
  });
}

const QUERIES: {
  filter: string;
  order: string[];
  floor: (r: ReturnType<typeof syntheticRuns>[number]) => boolean;
  floorKey: (r: ReturnType<typeof syntheticRuns>[number]) => number;
}[] = [
  {
    filter: 'metrics.m0 > 0.5',
    order: ['metrics.m1 DESC'],
    floor: (r) => (r.metrics['m0'] ?? 0) > 0.5,
    floorKey: (r) => -(r.metrics['m1'] ?? 0),
  },
  {
    filter: "params.model = 'mlp' AND (metrics.m2 >= 0.3 OR params.optimizer LIKE 's%')",
    order: ['params.p3 ASC'],
    floor: (r) =>
      r.params['model'] === 'mlp' &&
      ((r.metrics['m2'] ?? 0) >= 0.3 || (r.params['optimizer'] ?? '').startsWith('s')),
    floorKey: (r) => Number(r.params['p3']),
  },
  {
    filter: "attributes.status IN ('FINISHED') AND params.p1 > 0.25",
    order: ['metrics.m9 ASC'],
    floor: (r) => r.attributes['status'] === 'FINISHED' && Number(r.params['p1']) > 0.25,
    floorKey: (r) => r.metrics['m9'] ?? 0,
  },
];

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 100) / 100;

export function runSearchBench(repeats: number) {
  const runs = syntheticRuns();
  return QUERIES.map((query) => {
    const ours: number[] = [];
    const floor: number[] = [];
    let matched = 0;
    for (let i = 0; i < repeats; i++) {
      let started = performance.now();
      matched = applyQuery(runs, compileQuery(query.filter, query.order), true).length;
      ours.push(performance.now() - started);
      started = performance.now();
      runs.filter(query.floor).sort((a, b) => query.floorKey(a) - query.floorKey(b));
      floor.push(performance.now() - started);
    }
    return {
      filter: query.filter,
      order_by: query.order.join(', '),
      runs: RUNS,
      matched,
      search_ms: round(median(ours)),
      hand_written_ms: round(median(floor)),
      ratio: round(median(ours) / median(floor)),
    };
  });
}

/**
 * What the Runs table waits for when the workspace changes: reading 10,000 runs with their
 * params, tags and latest metrics from IndexedDB (the runs and their summary rows).
 */
export async function runLoadBench(repeats: number) {
  const runs = syntheticRuns();
  await db.transaction('rw', [db.runs, db.run_summaries], async () => {
    await db.runs.bulkAdd(
      runs.map(({ run }) => ({
        ...run.info,
        status: 'FINISHED' as const,
        lifecycle_stage: 'active' as const,
        parent_run_id: null,
        error: null,
      })),
    );
    await db.run_summaries.bulkAdd(
      runs.map(({ run }) => ({
        run_id: run.info.run_id,
        params: run.params,
        tags: run.tags,
        metrics: run.metrics,
        inputs: [],
      })),
    );
  });
  const times: number[] = [];
  let loaded = 0;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    loaded = (await listRunDetails(() => true)).length;
    times.push(performance.now() - started);
  }
  const ids = runs.map(({ run }) => run.info.run_id);
  await Promise.all([db.runs.bulkDelete(ids), db.run_summaries.bulkDelete(ids)]);
  return { runs: loaded, load_ms: round(median(times)) };
}
