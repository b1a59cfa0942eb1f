// MSW request handlers for the API: one catch-all under `<base>api/`, and MLflow's scoring
// server paths at the base (`<base>invocations`, `ping`, `version`), that hand every
// request to the API server. Shared by the service worker (page) and msw/node (tests).
import { http, passthrough } from 'msw';
import type { ApiServices } from './services';

/** MLflow's scoring server answers at its server's root: so do these, at the app's base. */
const SCORING_PATHS = ['invocations', 'ping', 'version'] as const;

type ApiServer = ReturnType<typeof import('./api-server').createApiServer>;

/**
 * @param baseUrl the app's absolute base URL, e.g. `https://user.github.io/ml-playground/`
 * @param services what the API needs from the rest of the app (training)
 */
export function createApiHandlers(baseUrl: string, services: ApiServices) {
  const basePath = new URL(baseUrl).pathname;
  let server: Promise<ApiServer> | undefined;
  const answer = async ({ request }: { request: Request }) => {
    server ??= import('./api-server').then((module) => module.createApiServer(basePath, services));
    return (await (await server)(request)) ?? passthrough();
  };
  // A pattern without capture groups: msw decodes captured segments itself and would throw
  // (a 500) on a malformed escape such as %E0%A4%A before the pipeline could answer 404.
  const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    http.all(new RegExp(`^${escaped}api(?:/.*)?$`), answer),
    http.all(new RegExp(`^${escaped}(?:${SCORING_PATHS.join('|')})(?:\\?.*)?$`), answer),
  ];
}
