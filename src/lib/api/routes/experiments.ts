// Experiments: list, create, read, rename or retag, delete (soft).
import type { z } from 'zod';
import {
  createExperiment,
  getExperiment,
  listExperiments,
  setExperimentStage,
  updateExperiment,
} from '../../db/experiments';
import { created, defineRoute, json, noContent } from '../route';
import { listOf, page, pagination } from '../schemas/common';
import {
  createExperimentBody,
  experiment,
  experimentParams,
  updateExperimentBody,
  viewTypeQuery,
} from '../schemas/experiments';

const listQuery = pagination.extend(viewTypeQuery.shape);
type IdParams = z.infer<typeof experimentParams>;
const notFound = { status: 404, description: 'No experiment has this id.' };

export const experimentRoutes = [
  defineRoute<Record<string, never>, z.infer<typeof listQuery>>({
    method: 'GET',
    path: '/api/experiments',
    summary: 'List experiments',
    tag: 'tracking',
    auth: false,
    query: listQuery,
    response: { status: 200, description: 'A page of experiments.', schema: listOf(experiment) },
    handle: async ({ query }) => json(page(await listExperiments(query.view_type), query)),
  }),

  defineRoute<Record<string, never>, Record<string, never>, z.infer<typeof createExperimentBody>>({
    method: 'POST',
    path: '/api/experiments',
    summary: 'Create an experiment',
    tag: 'tracking',
    auth: true,
    body: createExperimentBody,
    response: { status: 201, description: 'Created.', schema: experiment },
    errors: [{ status: 409, description: 'An experiment with this name exists.' }],
    handle: async ({ body, base }) => {
      const made = await createExperiment(body);
      return created(made, `${base}api/experiments/${made.experiment_id}`);
    },
  }),

  defineRoute<IdParams>({
    method: 'GET',
    path: '/api/experiments/{experiment_id}',
    summary: 'Get an experiment',
    tag: 'tracking',
    auth: false,
    params: experimentParams,
    response: { status: 200, description: 'The experiment.', schema: experiment },
    errors: [notFound],
    handle: async ({ params }) => json(await getExperiment(params.experiment_id)),
  }),

  defineRoute<IdParams, Record<string, never>, z.infer<typeof updateExperimentBody>>({
    method: 'PATCH',
    path: '/api/experiments/{experiment_id}',
    summary: 'Rename an experiment or replace its tags',
    tag: 'tracking',
    auth: true,
    params: experimentParams,
    body: updateExperimentBody,
    response: { status: 200, description: 'The updated experiment.', schema: experiment },
    errors: [notFound, { status: 409, description: 'Another experiment has this name.' }],
    handle: async ({ params, body }) => json(await updateExperiment(params.experiment_id, body)),
  }),

  defineRoute<IdParams>({
    method: 'DELETE',
    path: '/api/experiments/{experiment_id}',
    summary: 'Delete an experiment (soft)',
    description:
      'Its lifecycle_stage becomes `deleted`; it and its runs stay readable. The Default experiment stays.',
    tag: 'tracking',
    auth: true,
    params: experimentParams,
    response: { status: 204, description: 'Deleted.' },
    errors: [notFound, { status: 409, description: 'The Default experiment cannot be deleted.' }],
    handle: async ({ params }) => {
      await setExperimentStage(params.experiment_id, 'deleted');
      return noContent();
    },
  }),
];
