// MLflow's model registry endpoints: registered models (create, get, search), model versions
// (create from a run's model, get) and aliases (set, delete, resolve), on the same registry
// as /api/models and the Models page.
import { z } from '../zod';
import { deleteAlias, setAlias } from '../../db/aliases';
import {
  createRegisteredModel,
  getModelVersion,
  getRegisteredModel,
  listModelVersions,
  listRegisteredModels,
  resolveModelVersion,
} from '../../db/models';
import { matches } from '../../search/evaluate';
import { sortRuns } from '../../search/order';
import { invalidParameter } from '../mlflow-errors';
import { mlflowModelOf, mlflowVersionOf } from '../mlflow-shape';
import { json } from '../route';
import {
  aliasQuery,
  createModelBody,
  createVersionBody,
  modelNameQuery,
  searchModelsQuery,
  setAliasBody,
  versionQuery,
} from '../schemas/mlflow';
import { mlflowModelVersion, mlflowRegisteredModel } from '../schemas/mlflow-answers';
import { mlflowRoute } from './mlflow-route';
import { registerRunModel } from './model-versions';
import { compileNamedQuery, pageOf } from './mlflow-search-helpers';

const modelAnswer = z.object({ registered_model: mlflowRegisteredModel });
const versionAnswer = z.object({ model_version: mlflowModelVersion });
const MODEL_NOT_FOUND = {
  status: 404,
  description: 'RESOURCE_DOES_NOT_EXIST: no such registered model.',
};
const VERSION_NOT_FOUND = {
  status: 404,
  description: 'RESOURCE_DOES_NOT_EXIST: no such registered model, version or alias.',
};

async function shapedModel(name: string) {
  const model = await getRegisteredModel(name);
  const [latest] = await listModelVersions(name);
  return mlflowModelOf(model, latest);
}

async function shapedVersion(name: string, version: number) {
  const [found, model] = await Promise.all([
    getModelVersion(name, version),
    getRegisteredModel(name),
  ]);
  return mlflowVersionOf(found, model.aliases);
}

/** The run a model version comes from: run_id, else the id in a `runs:/<run_id>/…` source. */
function runOfSource(body: z.infer<typeof createVersionBody>): string {
  const fromSource = /^runs:\/([0-9a-f]{32})(?:\/|$)/.exec(body.source)?.[1];
  const runId = body.run_id ?? fromSource;
  if (!runId)
    throw invalidParameter(
      `Cannot find the run of source '${body.source}': give run_id, or a source runs:/<run_id>/model`,
    );
  return runId;
}

export const mlflowRegistryRoutes = [
  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof createModelBody>>({
    method: 'POST',
    endpoint: 'registered-models/create',
    summary: 'Create a registered model',
    description:
      'MlflowClient().create_registered_model(name). A name already taken is RESOURCE_ALREADY_EXISTS.',
    auth: true,
    body: createModelBody,
    response: { status: 200, description: 'The new registered model.', schema: modelAnswer },
    handle: async ({ body }) => {
      const tags = Object.fromEntries((body.tags ?? []).map((t) => [t.key, t.value]));
      await createRegisteredModel({ name: body.name, description: body.description, tags });
      return json({ registered_model: await shapedModel(body.name) });
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof modelNameQuery>>({
    method: 'GET',
    endpoint: 'registered-models/get',
    summary: 'Get a registered model',
    description:
      'MlflowClient().get_registered_model(name): with its latest version and its aliases.',
    auth: false,
    query: modelNameQuery,
    response: { status: 200, description: 'The registered model.', schema: modelAnswer },
    errors: [MODEL_NOT_FOUND],
    handle: async ({ query }) => json({ registered_model: await shapedModel(query.name) }),
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof searchModelsQuery>>({
    method: 'GET',
    endpoint: 'registered-models/search',
    summary: 'Search registered models',
    description:
      "MlflowClient().search_registered_models(filter_string=…): e.g. `name LIKE 'iris%'` or `tags.team = 'ml'`; " +
      'order_by `name`, `creation_timestamp` or `last_updated_timestamp`, ASC or DESC.',
    auth: false,
    query: searchModelsQuery,
    response: {
      status: 200,
      description: 'A page of registered models.',
      schema: z.object({
        registered_models: z.array(mlflowRegisteredModel),
        next_page_token: z.string().optional(),
      }),
    },
    handle: async ({ query }) => {
      const compiled = compileNamedQuery(
        query.filter ?? '',
        query.order_by ? [query.order_by] : [],
        ['name', 'creation_timestamp', 'last_updated_timestamp'],
      );
      const models = await Promise.all(
        (await listRegisteredModels()).map(async (model) => {
          const shaped = await shapedModel(model.name);
          const { name, creation_timestamp, last_updated_timestamp } = shaped;
          const attributes = { name, creation_timestamp, last_updated_timestamp };
          return {
            shaped,
            run_id: name,
            attributes,
            tags: model.tags,
            metrics: {},
            params: {},
            datasets: [],
          };
        }),
      );
      const found = sortRuns(
        models.filter((m) => matches(m, compiled.filter)),
        compiled.order,
      );
      const { items, next_page_token } = pageOf(found, query.page_token, query.max_results);
      return json({
        registered_models: items.map((m) => m.shaped),
        ...(next_page_token ? { next_page_token } : {}),
      });
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof createVersionBody>>({
    method: 'POST',
    endpoint: 'model-versions/create',
    summary: 'Create a model version',
    description:
      'What mlflow.register_model("runs:/<run_id>/model", name) sends: the run’s model becomes the next version. ' +
      'This server serves models from runs only: `run_id`, or a `runs:/<run_id>/…` source.',
    auth: true,
    body: createVersionBody,
    response: { status: 200, description: 'The new version.', schema: versionAnswer },
    errors: [
      { status: 404, description: 'RESOURCE_DOES_NOT_EXIST: no such registered model or run.' },
      { status: 400, description: 'INVALID_PARAMETER_VALUE: the run logged no model.' },
    ],
    handle: async ({ body }) => {
      const tags = Object.fromEntries((body.tags ?? []).map((t) => [t.key, t.value]));
      const version = await registerRunModel(body.name, runOfSource(body), {
        description: body.description,
        tags,
      });
      return json({ model_version: await shapedVersion(version.name, version.version) });
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof versionQuery>>({
    method: 'GET',
    endpoint: 'model-versions/get',
    summary: 'Get a model version',
    description:
      'MlflowClient().get_model_version(name, version); `version` is a string, as MLflow sends it.',
    auth: false,
    query: versionQuery,
    response: { status: 200, description: 'The version.', schema: versionAnswer },
    errors: [VERSION_NOT_FOUND],
    handle: async ({ query }) =>
      json({ model_version: await shapedVersion(query.name, Number(query.version)) }),
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof setAliasBody>>({
    method: 'POST',
    endpoint: 'registered-models/alias',
    summary: 'Set an alias',
    description:
      'MlflowClient().set_registered_model_alias(name, alias, version). Setting `champion` must pass the ' +
      'model’s promotion rules (INVALID_PARAMETER_VALUE naming the rules it fails).',
    auth: true,
    body: setAliasBody,
    response: { status: 200, description: 'Set: an empty object.', schema: z.object({}) },
    errors: [VERSION_NOT_FOUND],
    handle: async ({ body }) => {
      await setAlias(body.name, body.alias, Number(body.version), 'api');
      return json({});
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof aliasQuery>>({
    method: 'DELETE',
    endpoint: 'registered-models/alias',
    summary: 'Delete an alias',
    description:
      'MlflowClient().delete_registered_model_alias(name, alias). MLflow’s client sends the fields as a JSON ' +
      'body; `?name=…&alias=…` works too.',
    auth: true,
    body: aliasQuery,
    bodyFromQuery: true,
    response: { status: 200, description: 'Deleted: an empty object.', schema: z.object({}) },
    errors: [VERSION_NOT_FOUND],
    handle: async ({ body }) => {
      await deleteAlias(body.name, body.alias, 'api');
      return json({});
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof aliasQuery>>({
    method: 'GET',
    endpoint: 'registered-models/alias',
    summary: 'Get the version an alias points at',
    description: 'MlflowClient().get_model_version_by_alias(name, alias).',
    auth: false,
    query: aliasQuery,
    response: { status: 200, description: 'The version.', schema: versionAnswer },
    errors: [VERSION_NOT_FOUND],
    handle: async ({ query }) => {
      const version = await resolveModelVersion(query.name, { alias: query.alias });
      return json({ model_version: await shapedVersion(version.name, version.version) });
    },
  }),
];
