// The MLflow calls the run and runs pages teach: each names the REST request MLflow's client
// makes, and that request, sent as the console link carries it, is one the API accepts.
import { describe, expect, it } from 'vitest';
import { call, trainedModel, trainedRun, useApiServer } from '../api/testing';
import { getRunDetails } from '../db/run-queries';
import { linkedRequest, templateFromQuery } from './console-draft';
import { runCalls, searchCall, type MlflowCall } from './mlflow-calls';

useApiServer();

/** Sends a call as the console would from its link: path, query and body. */
async function sendLinked(spec: MlflowCall) {
  const { body, query } = linkedRequest(spec.link);
  const path = `${spec.path.replace(/^\//, '')}${query ? `?${query}` : ''}`;
  return call(spec.method, path, body === undefined ? {} : { body: JSON.parse(body) });
}

describe('MLflow calls beside their REST requests', () => {
  it('teaches get_run, log_param and get_metric_history for a trained run, each accepted', async () => {
    const runId = await trainedRun(await trainedModel());
    await call('POST', 'api/2.0/mlflow/runs/log-batch', {
      body: {
        run_id: runId,
        params: [{ key: 'alpha', value: '0.5' }],
        metrics: [{ key: 'loss', value: 0.3, timestamp: 1, step: 0 }],
      },
    });
    const details = await getRunDetails(runId);
    if (!details) throw new Error('no run');
    const calls = runCalls(details);
    expect(calls.map((c) => `${c.python} → ${c.method} ${c.path}`)).toEqual([
      `mlflow.get_run("${runId}") → GET /api/2.0/mlflow/runs/get`,
      `mlflow.log_param("alpha", "0.5") → POST /api/2.0/mlflow/runs/log-parameter`,
      `MlflowClient().get_metric_history("${runId}", "loss") → GET /api/2.0/mlflow/metrics/get-history`,
    ]);
    for (const spec of calls) {
      const answer = await sendLinked(spec);
      expect(answer.status, spec.python).toBe(200);
    }
    const history = await sendLinked(calls[2] as MlflowCall);
    expect(history.body.metrics).toEqual([{ key: 'loss', value: 0.3, timestamp: 1, step: 0 }]);
  });

  it('teaches search_runs with the page’s experiments and filter', async () => {
    const spec = searchCall(['0'], "  params.model = 'mlp' ");
    expect(spec.python).toBe(
      `mlflow.search_runs(experiment_ids=["0"], filter_string="params.model = 'mlp'")`,
    );
    expect(spec.body).toEqual({
      experiment_ids: ['0'],
      filter: "params.model = 'mlp'",
      max_results: 100,
    });
    expect(searchCall(['1', '2'], '').python).toBe('mlflow.search_runs(experiment_ids=["1", "2"])');
    const template = {
      method: 'POST',
      path: spec.path,
      summary: '',
      auth: false,
      hasBody: true,
      example: {},
    } as const;
    expect(templateFromQuery([template], spec.link)).toBe(template);
    const answer = await sendLinked(spec);
    expect(answer).toMatchObject({ status: 200, body: { runs: [] } });
  });
});
