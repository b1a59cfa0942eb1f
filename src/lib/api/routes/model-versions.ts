// Model versions: register a run's model as the next version, list, read, delete.
import type { z } from 'zod';
import {
  deleteModelVersion,
  getModelVersion,
  getRegisteredModel,
  listModelVersions,
  registerModelVersion,
} from '../../db/models';
import { getRunModelFiles } from '../../db/run-queries';
import { modelFromTfjsFiles } from '../../ml/serialize';
import { HttpError } from '../http-error';
import { created, defineRoute, json, noContent } from '../route';
import { listOf, modelNameParams, page, pagination, type Pagination } from '../schemas/common';
import { createVersionBody, modelVersion, versionParams } from '../schemas/registry';

type NameParams = z.infer<typeof modelNameParams>;
type VersionParams = z.infer<typeof versionParams>;
const versionNotFound = { status: 404, description: 'No such registered model or version.' };

/** Registers the model a run logged as the next version of `name` (also MLflow's model-versions/create). */
export async function registerRunModel(
  name: string,
  runId: string,
  details: { description?: string | undefined; tags?: Record<string, string> | undefined },
) {
  const files = await getRunModelFiles(runId);
  let model;
  try {
    model = modelFromTfjsFiles(files.modelJson, files.weights);
  } catch (error) {
    throw new HttpError(409, `Run '${runId}' has no usable model: ${(error as Error).message}`);
  }
  return registerModelVersion({
    name,
    run_id: runId,
    model,
    dataset_digest: files.datasetDigest,
    description: details.description,
    tags: details.tags,
  });
}

export const modelVersionRoutes = [
  defineRoute<NameParams, Record<string, never>, z.infer<typeof createVersionBody>>({
    method: 'POST',
    path: '/api/models/{name}/versions',
    summary: 'Register a run’s model as a new version',
    description: 'Versions count up from 1 per model and are never reused, even after a deletion.',
    tag: 'registry',
    auth: true,
    params: modelNameParams,
    body: createVersionBody,
    response: { status: 201, description: 'The new version.', schema: modelVersion },
    errors: [
      { status: 404, description: 'No such registered model or run.' },
      { status: 409, description: 'The run logged no model.' },
    ],
    handle: async ({ params, body, base }) => {
      const version = await registerRunModel(params.name, body.run_id, body);
      const path = `${base}api/models/${encodeURIComponent(version.name)}/versions/${version.version}`;
      return created(version, path);
    },
  }),

  defineRoute<NameParams, Pagination>({
    method: 'GET',
    path: '/api/models/{name}/versions',
    summary: 'List the versions of a registered model',
    tag: 'registry',
    auth: false,
    params: modelNameParams,
    query: pagination,
    response: {
      status: 200,
      description: 'A page of versions, newest first.',
      schema: listOf(modelVersion),
    },
    errors: [{ status: 404, description: 'No registered model has this name.' }],
    handle: async ({ params, query }) => {
      await getRegisteredModel(params.name);
      return json(page(await listModelVersions(params.name), query));
    },
  }),

  defineRoute<VersionParams>({
    method: 'GET',
    path: '/api/models/{name}/versions/{version}',
    summary: 'Get one model version',
    tag: 'registry',
    auth: false,
    params: versionParams,
    response: { status: 200, description: 'The version.', schema: modelVersion },
    errors: [versionNotFound],
    handle: async ({ params }) => json(await getModelVersion(params.name, params.version)),
  }),

  defineRoute<VersionParams>({
    method: 'DELETE',
    path: '/api/models/{name}/versions/{version}',
    summary: 'Delete one model version',
    description:
      'Deletes the version, its weights and the aliases that point at it. Its number is not reused.',
    tag: 'registry',
    auth: true,
    params: versionParams,
    response: { status: 204, description: 'Deleted.' },
    errors: [versionNotFound],
    handle: async ({ params }) => {
      await deleteModelVersion(params.name, params.version);
      return noContent();
    },
  }),
];
