// Take it home: a model version as a FastAPI project (a zip) that serves the same predict
// endpoint with the same answers, carrying the playground's answers for the iris rows for
// its own tests. The version keeps a tag saying when it was exported.
import type { z } from 'zod';
import { irisDataset } from '../../data/iris';
import { NotFoundError } from '../../db/errors';
import { ForwardPassError } from '../../ml/dense-forward';
import {
  exportTag,
  getModelVersion,
  getModelWeights,
  getRegisteredModel,
  setModelVersionTags,
} from '../../db/models';
import { HttpError } from '../http-error';
import { predict } from '../model-server';
import { defineRoute } from '../route';
import { versionParams } from '../schemas/registry';

export const exportRoutes = [
  defineRoute<z.infer<typeof versionParams>>({
    method: 'GET',
    path: '/api/models/{name}/versions/{version}/fastapi',
    summary: 'Export a version as a FastAPI project',
    description:
      'A zip to run with `uvicorn main:app --reload`: `main.py` (FastAPI and Pydantic), the weights in ' +
      '`weights.json` with a NumPy forward pass, `requirements.txt`, a `README.md`, and `test_main.py` with ' +
      'the answers this API gave for the 150 iris rows. It serves `GET /api/health` and ' +
      '`POST /api/models/{name}/predict` with the same bodies and answers as this API. ' +
      'The version gets the tag `exported.fastapi` with the time. No token needed.',
    tag: 'registry',
    auth: false,
    params: versionParams,
    response: {
      status: 200,
      description: 'The project as a zip file.',
      mediaType: 'application/zip',
    },
    errors: [
      { status: 404, description: 'No such registered model or version.' },
      { status: 409, description: 'The version has a layer that NumPy’s forward pass lacks.' },
    ],
    handle: async ({ params, request }) => {
      const { name, version } = params;
      const [record, weights, model] = await Promise.all([
        getModelVersion(name, version),
        getModelWeights(name, version),
        getRegisteredModel(name),
      ]);
      if (!weights) throw new NotFoundError(`Version ${version} of model '${name}' has no weights`);
      const rows = irisDataset().features;
      const answers = await predict(record, rows);
      // Loaded only when asked for: the Python sources stay out of the API's own chunk.
      const { fastApiFolder, fastApiProject } = await import('../../export/fastapi-project');
      const exportedAt = new Date().toISOString();
      let zip: Uint8Array;
      try {
        zip = fastApiProject({
          name,
          version,
          aliases: Object.keys(model.aliases).filter((alias) => model.aliases[alias] === version),
          model: weights.model,
          expected: answers.map(({ prediction, class_index, probabilities }, i) => ({
            features: rows[i] ?? [],
            prediction,
            class_index,
            probabilities,
          })),
          appVersion: __APP_VERSION__,
          origin: new URL(request.url).origin,
          exportedAt,
        });
      } catch (error) {
        if (error instanceof ForwardPassError) {
          throw new HttpError(
            409,
            `Version ${version} of '${name}' cannot be exported: ${error.message}`,
          );
        }
        throw error;
      }
      await setModelVersionTags(name, version, { [exportTag('fastapi')]: exportedAt });
      return new Response(zip.slice().buffer, {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Length': String(zip.byteLength),
          'Content-Disposition': `attachment; filename="${fastApiFolder(name, version)}.zip"`,
        },
      });
    },
  }),
];
