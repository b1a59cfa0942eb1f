// Registry routes of shared/API.md that exist so far: listing registered models, and
// predicting with a version chosen by number, alias, or the default rule.
import { z } from 'zod';
import { listRegisteredModels, type VersionSelector } from '../../db/models';
import { findVersion, predict } from '../model-server';
import { defineRoute, json } from '../route';
import { modelNameParams, page, pagination } from '../schemas/common';
import {
  predictBody,
  predictFormFor,
  predictRows,
  versionQuery,
  type PredictBody,
} from '../schemas/predict';

export const modelRoutes = [
  defineRoute<Record<string, never>, z.infer<typeof pagination>>({
    method: 'GET',
    path: '/api/models',
    summary: 'List registered models',
    tag: 'registry',
    auth: false,
    query: pagination,
    handle: async ({ query }) => json(page(await listRegisteredModels(), query)),
  }),

  defineRoute<z.infer<typeof modelNameParams>, z.infer<typeof versionQuery>, PredictBody>({
    method: 'POST',
    path: '/api/models/{name}/predict',
    summary: 'Predict the species of one or more flowers',
    tag: 'serving',
    auth: false,
    params: modelNameParams,
    query: versionQuery,
    body: predictBody,
    bodyFormFor: predictFormFor,
    handle: async ({ params, query, body }) => {
      const selector: VersionSelector =
        query.version !== undefined
          ? { version: query.version }
          : query.alias !== undefined
            ? { alias: query.alias }
            : {};
      const version = await findVersion(params.name, selector);
      const { rows, batch } = predictRows(body);
      const predictions = await predict(version, rows);
      const served = { model: version.name, version: version.version };
      const headers = { 'X-Model-Version': `${version.name}/${version.version}` };
      return json(
        batch ? { predictions, ...served } : { ...predictions[0], ...served },
        200,
        headers,
      );
    },
  }),
];
