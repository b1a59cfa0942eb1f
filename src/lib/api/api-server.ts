// The API server proper: the pipeline over every route, with the workspace's token.
// Loaded on the first API request so that zod and the routes stay out of the first paint.
import { getApiToken } from '../db/settings';
import { createPipeline } from './pipeline';
import { routes } from './routes/index';

export function createApiServer(basePath: string) {
  return createPipeline(routes, { basePath, apiToken: getApiToken });
}
