// The API server proper: the pipeline over every route, with the workspace's settings
// (token, simulated network conditions) kept current by a live query rather than read
// on every request. Loaded on the first API request so that zod and the routes stay out
// of the first paint. Every answer goes into the request journal (the labs read it).
import { journalRequest } from '../db/api-journal';
import { watchSettings, type WorkspaceSettings } from '../db/settings';
import { seededRandom } from '../data/random';
import { NO_CONDITIONS } from '../http/network-conditions';
import { createPipeline } from './pipeline';
import { routes } from './routes/index';
import type { ApiServices } from './services';

export function createApiServer(basePath: string, services: ApiServices) {
  let current: WorkspaceSettings | undefined;
  let random = seededRandom(NO_CONDITIONS.seed);
  const firstRead = new Promise<void>((resolve) => {
    watchSettings((settings) => {
      if (settings.networkConditions?.seed !== current?.networkConditions?.seed) {
        random = seededRandom(settings.networkConditions?.seed ?? NO_CONDITIONS.seed);
      }
      current = settings;
      resolve();
    });
  });
  const settings = async () => {
    if (!current) await firstRead;
    return current as WorkspaceSettings;
  };
  return createPipeline(routes, {
    basePath,
    apiToken: async () => (await settings()).apiToken,
    networkConditions: async () => (await settings()).networkConditions ?? NO_CONDITIONS,
    random: () => random(),
    services,
    onAnswered: (answer) => journalRequest({ ...answer, at: Date.now() }),
  });
}
