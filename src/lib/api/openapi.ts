// The OpenAPI 3.1 document of the API, generated from the route table and the same zod
// schemas that validate requests, so that the docs cannot drift from the behaviour.
import { z } from './zod';
import type { Route } from './route';
import { errorMessage, validationErrors } from './schemas/common';
import { mlflowErrorBody } from './schemas/mlflow-answers';

type JsonSchema = Record<string, unknown>;

const TAGS = [
  { name: 'service', description: 'Health and this document.' },
  { name: 'data', description: 'Data set versions, each known by its SHA-256 digest.' },
  { name: 'tracking', description: 'Runs (MLflow’s shapes), and training through the API.' },
  {
    name: 'registry',
    description: 'Registered models, their numbered versions and aliases (MLflow’s shapes).',
  },
  { name: 'serving', description: 'Predictions from registered model versions.' },
  {
    name: 'deploy',
    description: 'Deployments that split traffic among versions: A/B, canary, shadow, bandit.',
  },
  { name: 'monitor', description: 'How each deployment variant does, as JSON or for Prometheus.' },
  {
    name: 'validation',
    description: 'Offline evaluation of versions (hold-out, k-fold, bootstrap), and comparing two.',
  },
  {
    name: 'mlflow',
    description:
      'MLflow’s own REST API under /api/2.0/mlflow/ (what its Python client calls), and its scoring server ' +
      '(/invocations, /ping, /version), on the same runs and models as the rest: point MLFLOW_TRACKING_URI here ' +
      'and the calls are MLflow’s. Errors are MLflow’s: {"error_code", "message"}, 400 for a bad parameter.',
  },
];

const STANDARD_ERRORS: Record<number, string> = {
  401: 'Missing or wrong bearer token.',
  413: 'The body is over 1 MiB.',
  415: 'The body is not application/json (or text/csv where accepted).',
  422: 'The input failed validation: one entry per problem, as FastAPI reports it.',
};

/** The same errors as MLflow's servers answer them. */
const MLFLOW_ERRORS: Record<number, string> = {
  400: 'INVALID_PARAMETER_VALUE (BAD_REQUEST for scoring): a missing or bad field, or a body that is not JSON, named in the message.',
  401: 'UNAUTHENTICATED: missing or wrong bearer token (MLFLOW_TRACKING_TOKEN).',
  415: 'BAD_REQUEST: the body is neither application/json nor text/csv.',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/**
 * The first example a schema carries (for a union, its first member's), for the media
 * type: Swagger UI and the API console prefill request bodies with it.
 */
function exampleOf(schema: JsonSchema): unknown {
  const examples = schema['examples'];
  if (Array.isArray(examples)) return examples[0];
  const members = schema['anyOf'] ?? schema['oneOf'];
  return Array.isArray(members) && members[0] ? exampleOf(members[0] as JsonSchema) : undefined;
}

function content(schema: JsonSchema): Record<string, unknown> {
  const example = exampleOf(schema);
  return { 'application/json': example === undefined ? { schema } : { schema, example } };
}

/** Path or query parameters from a zod object schema. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchema(field, 'output');
    return {
      name,
      in: where,
      required: where === 'path' || !field.safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: fieldSchema,
    };
  });
}

function operationId(route: Route): string {
  const words = route.path
    .replace(/^\/api\//, '')
    .split(/[/{}._-]+/)
    .filter(Boolean);
  return [route.method.toLowerCase(), ...words.map((w) => w[0]?.toUpperCase() + w.slice(1))].join(
    '',
  );
}

function responses(route: Route) {
  const out: Record<string, unknown> = {
    [route.response.status]: {
      description: route.response.description,
      ...(route.response.schema
        ? { content: content(jsonSchema(route.response.schema, 'output')) }
        : {}),
      ...(route.response.mediaType
        ? {
            content: {
              [route.response.mediaType]: { schema: { type: 'string', format: 'binary' } },
            },
          }
        : {}),
    },
  };
  const mlflow = route.errorStyle !== undefined && route.errorStyle !== 'fastapi';
  const error = (status: number, description: string) => {
    const schema = mlflow ? mlflowErrorBody : status === 422 ? validationErrors : errorMessage;
    out[status] = { description, content: content(jsonSchema(schema, 'output')) };
  };
  if (route.auth) error(401, (mlflow ? MLFLOW_ERRORS : STANDARD_ERRORS)[401] ?? '');
  for (const { status, description } of route.errors ?? []) error(status, description);
  if (mlflow) {
    const checked = route.body || route.params || route.query;
    if (checked && !out[400]) error(400, MLFLOW_ERRORS[400] ?? '');
    if (route.csvBody) error(415, MLFLOW_ERRORS[415] ?? '');
    return out;
  }
  if (route.body) {
    error(413, STANDARD_ERRORS[413] ?? '');
    error(415, STANDARD_ERRORS[415] ?? '');
  }
  if (route.body || route.params || route.query) error(422, STANDARD_ERRORS[422] ?? '');
  return out;
}

function operation(route: Route) {
  const body = route.body ? jsonSchema(route.body, 'input') : undefined;
  const bodyContent = body ? content(body) : undefined;
  if (bodyContent && route.csvBody) {
    bodyContent['text/csv'] = {
      schema: { type: 'string' },
      example:
        'sepal_length,sepal_width,petal_length,petal_width,species\n5.0,3.4,1.5,0.2,setosa\n',
    };
  }
  return {
    operationId: operationId(route),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(bodyContent ? { requestBody: { required: true, content: bodyContent } } : {}),
    responses: responses(route),
    ...(route.auth ? { security: [{ bearerAuth: [] }] } : {}),
  };
}

/**
 * @param serverUrl where the API lives, e.g. `https://user.github.io/ml-playground` (paths
 *   in the document start with /api/).
 */
export function openApiDocument(routes: readonly Route[], serverUrl: string, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Iris MLOps Playground API',
      version,
      description:
        'The REST API this page serves to itself through a service worker: every call is a real `fetch` that ' +
        'DevTools’ Network tab shows. Errors have FastAPI’s shape. Writes (POST, PUT, PATCH, DELETE) need ' +
        '`Authorization: Bearer <token>` (the token is in the app’s settings; the default is `playground-token`), ' +
        'except predictions.',
    },
    servers: [{ url: serverUrl, description: 'This page' }],
    tags: TAGS,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The workspace’s API token (default `playground-token`).',
        },
      },
    },
    paths,
  };
}
