// MLflow's experiment endpoints: create, get (by id or name) and search, on the same
// experiments as /api/experiments and the Runs page.
import { z } from '../zod';
import { NotFoundError } from '../../db/errors';
import { createExperiment, getExperiment, listExperiments } from '../../db/experiments';
import { sortRuns } from '../../search/order';
import { matches } from '../../search/evaluate';
import { mlflowExperimentOf } from '../mlflow-shape';
import { json } from '../route';
import {
  createExperimentBody,
  experimentIdQuery,
  experimentNameQuery,
  searchExperimentsBody,
} from '../schemas/mlflow';
import { mlflowExperiment } from '../schemas/mlflow-answers';
import { mlflowRoute } from './mlflow-route';
import { compileNamedQuery, pageOf } from './mlflow-search-helpers';

const NOT_FOUND = {
  status: 404,
  description: 'RESOURCE_DOES_NOT_EXIST: no experiment has this id.',
};
const experimentAnswer = z.object({ experiment: mlflowExperiment });

export const mlflowExperimentRoutes = [
  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof createExperimentBody>>({
    method: 'POST',
    endpoint: 'experiments/create',
    summary: 'Create an experiment',
    description:
      'mlflow.create_experiment(name). Answers its id; a name already taken is RESOURCE_ALREADY_EXISTS (400).',
    auth: true,
    body: createExperimentBody,
    response: {
      status: 200,
      description: 'The new experiment’s id.',
      schema: z.object({ experiment_id: z.string() }),
    },
    handle: async ({ body }) => {
      const tags = Object.fromEntries((body.tags ?? []).map((t) => [t.key, t.value]));
      const created = await createExperiment({ name: body.name, tags });
      return json({ experiment_id: created.experiment_id });
    },
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof experimentIdQuery>>({
    method: 'GET',
    endpoint: 'experiments/get',
    summary: 'Get an experiment',
    description: 'mlflow.get_experiment(experiment_id).',
    auth: false,
    query: experimentIdQuery,
    response: { status: 200, description: 'The experiment.', schema: experimentAnswer },
    errors: [NOT_FOUND],
    handle: async ({ query }) =>
      json({ experiment: mlflowExperimentOf(await getExperiment(query.experiment_id)) }),
  }),

  mlflowRoute<Record<string, never>, z.infer<typeof experimentNameQuery>>({
    method: 'GET',
    endpoint: 'experiments/get-by-name',
    summary: 'Get an experiment by name',
    description: 'mlflow.get_experiment_by_name(name); deleted experiments too, as MLflow does.',
    auth: false,
    query: experimentNameQuery,
    response: { status: 200, description: 'The experiment.', schema: experimentAnswer },
    errors: [{ status: 404, description: 'RESOURCE_DOES_NOT_EXIST: no experiment has this name.' }],
    handle: async ({ query }) => {
      const found = (await listExperiments('ALL')).find((e) => e.name === query.experiment_name);
      if (!found)
        throw new NotFoundError(`Could not find experiment with name '${query.experiment_name}'`);
      return json({ experiment: mlflowExperimentOf(found) });
    },
  }),

  mlflowRoute<Record<string, never>, Record<string, never>, z.infer<typeof searchExperimentsBody>>({
    method: 'POST',
    endpoint: 'experiments/search',
    summary: 'Search experiments',
    description:
      "mlflow.search_experiments(filter_string=…). The filter reads `name` and `tags.<key>` (e.g. `name LIKE 'iris%'`); " +
      'order_by `name`, `experiment_id`, `creation_time` or `last_update_time`, ASC or DESC.',
    auth: false,
    body: searchExperimentsBody,
    response: {
      status: 200,
      description: 'A page of experiments.',
      schema: z.object({
        experiments: z.array(mlflowExperiment),
        next_page_token: z.string().optional(),
      }),
    },
    handle: async ({ body }) => {
      const query = compileNamedQuery(body.filter ?? '', body.order_by ?? [], [
        'name',
        'experiment_id',
        'creation_time',
        'last_update_time',
      ]);
      const experiments = (await listExperiments(body.view_type)).map((record) => {
        const shaped = mlflowExperimentOf(record);
        const { tags: _tags, ...attributes } = shaped;
        return {
          shaped,
          run_id: record.experiment_id,
          attributes,
          tags: record.tags,
          metrics: {},
          params: {},
          datasets: [],
        };
      });
      const found = sortRuns(
        experiments.filter((e) => matches(e, query.filter)),
        query.order,
      );
      const { items, next_page_token } = pageOf(found, body.page_token, body.max_results);
      return json({
        experiments: items.map((e) => e.shaped),
        ...(next_page_token ? { next_page_token } : {}),
      });
    },
  }),
];
