// Registered models: list, create, read, update, delete.
import type { z } from 'zod';
import {
  createRegisteredModel,
  deleteRegisteredModel,
  getRegisteredModel,
  listRegisteredModels,
  updateRegisteredModel,
} from '../../db/models';
import { created, defineRoute, json, noContent } from '../route';
import { listOf, modelNameParams, page, pagination, type Pagination } from '../schemas/common';
import { createModelBody, registeredModel, updateModelBody } from '../schemas/registry';

type NameParams = z.infer<typeof modelNameParams>;
const notFound = { status: 404, description: 'No registered model has this name.' };

export const registryRoutes = [
  defineRoute<Record<string, never>, Pagination>({
    method: 'GET',
    path: '/api/models',
    summary: 'List registered models',
    tag: 'registry',
    auth: false,
    query: pagination,
    response: {
      status: 200,
      description: 'A page of registered models.',
      schema: listOf(registeredModel),
    },
    handle: async ({ query }) => json(page(await listRegisteredModels(), query)),
  }),

  defineRoute<Record<string, never>, Record<string, never>, z.infer<typeof createModelBody>>({
    method: 'POST',
    path: '/api/models',
    summary: 'Create a registered model',
    tag: 'registry',
    auth: true,
    body: createModelBody,
    response: { status: 201, description: 'Created.', schema: registeredModel },
    errors: [{ status: 409, description: 'A registered model with this name exists.' }],
    handle: async ({ body, base }) => {
      const model = await createRegisteredModel(body);
      return created(model, `${base}api/models/${encodeURIComponent(model.name)}`);
    },
  }),

  defineRoute<NameParams>({
    method: 'GET',
    path: '/api/models/{name}',
    summary: 'Get a registered model',
    tag: 'registry',
    auth: false,
    params: modelNameParams,
    response: { status: 200, description: 'The registered model.', schema: registeredModel },
    errors: [notFound],
    handle: async ({ params }) => json(await getRegisteredModel(params.name)),
  }),

  defineRoute<NameParams, Record<string, never>, z.infer<typeof updateModelBody>>({
    method: 'PATCH',
    path: '/api/models/{name}',
    summary: 'Update a registered model',
    description: 'Changes its description and replaces its tags; fields left out stay as they are.',
    tag: 'registry',
    auth: true,
    params: modelNameParams,
    body: updateModelBody,
    response: { status: 200, description: 'The updated model.', schema: registeredModel },
    errors: [notFound],
    handle: async ({ params, body }) => json(await updateRegisteredModel(params.name, body)),
  }),

  defineRoute<NameParams>({
    method: 'DELETE',
    path: '/api/models/{name}',
    summary: 'Delete a registered model',
    description: 'Deletes the model with all its versions, their weights and its aliases.',
    tag: 'registry',
    auth: true,
    params: modelNameParams,
    response: { status: 204, description: 'Deleted.' },
    errors: [notFound],
    handle: async ({ params }) => {
      await deleteRegisteredModel(params.name);
      return noContent();
    },
  }),
];
