// Every route the API serves, in one list: the pipeline dispatches over it and the
// OpenAPI document is generated from it.
import type { Route } from '../route';
import { aliasRoutes } from './aliases';
import { datasetRoutes } from './datasets';
import { modelVersionRoutes } from './model-versions';
import { predictRoutes } from './predict';
import { registryRoutes } from './registry';
import { serviceRoutes } from './service';

export const routes: readonly Route[] = [
  ...serviceRoutes,
  ...datasetRoutes,
  ...registryRoutes,
  ...modelVersionRoutes,
  ...aliasRoutes,
  ...predictRoutes,
];
