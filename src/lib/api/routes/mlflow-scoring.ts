// MLflow's scoring server (what `mlflow models serve` runs): POST /invocations, GET /ping and
// GET /version, at the app's base as MLflow's are at its server's root. It serves the iris
// model's champion (else its latest version), answering predicted labels as a classifier's
// pyfunc does.
import { z } from '../zod';
import { LOGGED_ROWS, logPrediction } from '../../db/prediction-log';
import { findVersion, predict } from '../model-server';
import { defineRoute, json } from '../route';
import {
  csvToInvocations,
  invocationsBody,
  scoringRows,
  type InvocationsBody,
} from '../schemas/scoring';

/** The MLflow release whose scoring server and REST API this one answers like. */
export const MLFLOW_VERSION = '2.19.0';
const SERVED_MODEL = 'iris';

const scoring = { tag: 'mlflow', auth: false, errorStyle: 'mlflow-scoring' } as const;

export const mlflowScoringRoutes = [
  defineRoute<Record<string, never>, Record<string, never>, InvocationsBody>({
    ...scoring,
    method: 'POST',
    path: '/invocations',
    summary: 'Score rows (MLflow’s scoring server)',
    description:
      'As `mlflow models serve` answers: `dataframe_split`, `dataframe_records`, `instances` or `inputs` as JSON, ' +
      'or `text/csv` with a header row. The iris model’s champion (else its latest version) answers the predicted ' +
      'labels. These three paths sit at the app’s base, not under api/, as MLflow’s sit at its server’s root: ' +
      'the service worker answers them, and the app has no files by these names.',
    body: invocationsBody,
    csvBody: csvToInvocations,
    response: {
      status: 200,
      description: 'One predicted label per row.',
      schema: z
        .object({ predictions: z.array(z.string()) })
        .meta({ title: 'Predictions', examples: [{ predictions: ['setosa', 'virginica'] }] }),
    },
    errors: [
      { status: 404, description: 'RESOURCE_DOES_NOT_EXIST: iris has no version to serve.' },
    ],
    handle: async ({ body }) => {
      const started = performance.now();
      const rows = scoringRows(body);
      const version = await findVersion(SERVED_MODEL, {});
      const predictions = (await predict(version, rows)).map((p) => p.prediction);
      logPrediction({
        at: Date.now(),
        model: version.name,
        version: version.version,
        rows: rows.length,
        inputs: rows.slice(0, LOGGED_ROWS),
        outputs: predictions.slice(0, LOGGED_ROWS),
        latency_ms: performance.now() - started,
        status: 200,
      });
      return json({ predictions }, 200, {
        'X-Model-Version': `${version.name}/${version.version}`,
      });
    },
  }),

  defineRoute({
    ...scoring,
    method: 'GET',
    path: '/ping',
    summary: 'Is a model loaded? (MLflow’s scoring server)',
    description:
      '200 with a newline when iris has a version to serve, 404 when it has none, as MLflow’s /ping.',
    response: { status: 200, description: 'Ready.' },
    errors: [{ status: 404, description: 'No model to serve yet.' }],
    handle: async () => {
      const ready = await findVersion(SERVED_MODEL, {}).then(
        () => true,
        () => false,
      );
      return new Response('\n', {
        status: ready ? 200 : 404,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  }),

  defineRoute({
    ...scoring,
    method: 'GET',
    path: '/version',
    summary: 'The MLflow version this server answers like',
    response: { status: 200, description: `The version, as plain text (e.g. ${MLFLOW_VERSION}).` },
    handle: () => new Response(MLFLOW_VERSION, { headers: { 'Content-Type': 'text/plain' } }),
  }),
];
