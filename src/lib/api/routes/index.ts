// Every route the API serves, in one list: the pipeline dispatches over it and the
// OpenAPI document is generated from it.
import { openApiDocument } from '../openapi';
import { defineRoute, json, type Route } from '../route';
import { aliasRoutes } from './aliases';
import { artifactRoutes } from './artifacts';
import { datasetRoutes } from './datasets';
import { deploymentRoutes } from './deployments';
import { evaluationRoutes } from './evaluations';
import { experimentRoutes } from './experiments';
import { modelVersionRoutes } from './model-versions';
import { predictRoutes } from './predict';
import { registryRoutes } from './registry';
import { runSearchRoutes } from './run-search';
import { runRoutes } from './runs';
import { serviceRoutes } from './service';

const documentRoute = defineRoute({
  method: 'GET',
  path: '/api/openapi.json',
  summary: 'This API as an OpenAPI 3.1 document',
  description: 'Generated from the same zod schemas that validate requests.',
  tag: 'service',
  auth: false,
  response: { status: 200, description: 'The OpenAPI document.' },
  handle: ({ request, base }) => {
    const server = `${new URL(request.url).origin}${base.replace(/\/$/, '')}`;
    return json(openApiDocument(routes, server, __APP_VERSION__));
  },
});

export const routes: readonly Route[] = [
  ...serviceRoutes,
  documentRoute,
  ...datasetRoutes,
  ...experimentRoutes,
  ...runRoutes,
  ...runSearchRoutes,
  ...artifactRoutes,
  ...registryRoutes,
  ...modelVersionRoutes,
  ...deploymentRoutes,
  ...aliasRoutes,
  ...predictRoutes,
  ...evaluationRoutes,
];
