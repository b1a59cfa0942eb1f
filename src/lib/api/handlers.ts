// MSW request handlers for the API: one catch-all under `<base>api/` that hands every
// request to the pipeline. Shared by the service worker (page) and msw/node (tests).
import { http, passthrough } from 'msw';
import { getApiToken } from '../db/settings';
import { createPipeline } from './pipeline';
import { routes } from './routes/index';

/** @param baseUrl the app's absolute base URL, e.g. `https://user.github.io/ml-playground/` */
export function createApiHandlers(baseUrl: string) {
  const pipeline = createPipeline(routes, { basePath: new URL(baseUrl).pathname, apiToken: getApiToken });
  const answer = async ({ request }: { request: Request }) => (await pipeline(request)) ?? passthrough();
  return [http.all(`${baseUrl}api`, answer), http.all(`${baseUrl}api/*`, answer)];
}
