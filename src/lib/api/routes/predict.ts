// Serving: predict with a registered model's version chosen by number, alias, or the
// default rule (the champion alias, else the latest version). Every answer is logged, the
// rejected ones (404, 422, ...) with their status and reason.
import { z } from '../zod';
import { versionSelector } from '../../db/version-selector';
import { LOGGED_DETAIL_CHARS, LOGGED_ROWS, logPrediction } from '../../db/prediction-log';
import { describeDetail } from '../fastapi-detail';
import { findVersion, predict } from '../model-server';
import { defineRoute, json } from '../route';
import { modelNameParams } from '../schemas/common';
import {
  batchPredictionResponse,
  predictBody,
  predictFormFor,
  predictRows,
  singlePredictionResponse,
  versionQuery,
  type PredictBody,
} from '../schemas/predict';

/** The first rows of a request, as its log entry keeps them. */
const logged = (rows: number[][]) => rows.slice(0, LOGGED_ROWS).map((row) => [...row]);

const shortened = (text: string) =>
  text.length > LOGGED_DETAIL_CHARS ? `${text.slice(0, LOGGED_DETAIL_CHARS - 1)}…` : text;

export const predictRoutes = [
  defineRoute<z.infer<typeof modelNameParams>, z.infer<typeof versionQuery>, PredictBody>({
    method: 'POST',
    path: '/api/models/{name}/predict',
    summary: 'Predict the species of one or more flowers',
    description:
      'Uses `?version=N`, or `?alias=name`, or by default the `champion` alias and else the latest version. ' +
      'A `features` or named-fields body answers one prediction; `instances` and `dataframe_split` answer a list. ' +
      'The header `X-Model-Version` names the version that answered. No token needed.',
    tag: 'serving',
    auth: false,
    params: modelNameParams,
    query: versionQuery,
    body: predictBody,
    bodyFormFor: predictFormFor,
    response: {
      status: 200,
      description: 'The prediction(s).',
      schema: z.union([singlePredictionResponse, batchPredictionResponse]),
    },
    errors: [
      {
        status: 404,
        description: 'No such registered model, version or alias, or no version yet.',
      },
    ],
    handle: async ({ params, query, body }) => {
      const started = performance.now();
      const version = await findVersion(params.name, versionSelector(query));
      const { rows, batch } = predictRows(body);
      const predictions = await predict(version, rows);
      logPrediction({
        at: Date.now(),
        model: version.name,
        version: version.version,
        rows: rows.length,
        inputs: logged(rows),
        outputs: predictions.slice(0, LOGGED_ROWS).map((p) => p.prediction),
        latency_ms: performance.now() - started,
        status: 200,
      });
      const served = { model: version.name, version: version.version };
      const headers = { 'X-Model-Version': `${version.name}/${version.version}` };
      return json(
        batch ? { predictions, ...served } : { ...predictions[0], ...served },
        200,
        headers,
      );
    },
    onRejected: ({ params, body, status, detail, latencyMs }) => {
      // A body that passed validation (then, say, a 404) shows what was asked.
      const rows = body === undefined ? [] : predictRows(body).rows;
      logPrediction({
        at: Date.now(),
        model: params['name'] ?? '',
        version: null,
        rows: rows.length,
        inputs: logged(rows),
        outputs: [],
        latency_ms: latencyMs,
        status,
        detail: shortened(describeDetail(detail) ?? ''),
      });
    },
  }),
];
