// Every route the API serves, in one list: the pipeline dispatches over it and the
// OpenAPI document is generated from it.
import type { Route } from '../route';
import { modelRoutes } from './models';
import { serviceRoutes } from './service';

export const routes: readonly Route[] = [...serviceRoutes, ...modelRoutes];
