// Every route the API serves, in one list: the pipeline dispatches over it and the
// OpenAPI document is generated from it, in English or Korean.
import { z } from '../zod';
import { openApiDocument } from '../openapi';
import {
  acceptedLanguage,
  DOCUMENT_LANGUAGES,
  isDocumentLanguage,
  translateDocument,
} from '../openapi-language';
import { defineRoute, json, type Route } from '../route';
import { aliasRoutes } from './aliases';
import { artifactRoutes } from './artifacts';
import { datasetRoutes } from './datasets';
import { deploymentRoutes } from './deployments';
import { evaluationRoutes } from './evaluations';
import { experimentRoutes } from './experiments';
import { exportRoutes } from './fastapi-export';
import { mlflowExperimentRoutes } from './mlflow-experiments';
import { mlflowRegistryRoutes } from './mlflow-registry';
import { mlflowRunReadRoutes } from './mlflow-run-reads';
import { mlflowRunRoutes } from './mlflow-runs';
import { mlflowScoringRoutes } from './mlflow-scoring';
import { modelVersionRoutes } from './model-versions';
import { predictRoutes } from './predict';
import { registryRoutes } from './registry';
import { runSearchRoutes } from './run-search';
import { runRoutes } from './runs';
import { serviceRoutes } from './service';

// Other query parameters are ignored, and a language the document lacks reads as English:
// asking for the docs never fails.
const documentQuery = z.object({
  lang: z
    .preprocess((value) => (isDocumentLanguage(value) ? value : 'en'), z.enum(DOCUMENT_LANGUAGES))
    .optional()
    .describe(
      'The language of summaries and descriptions: en or ko (any other value gives en). ' +
        'Without it, Accept-Language decides; English by default.',
    ),
});

const documentRoute = defineRoute<Record<string, never>, z.infer<typeof documentQuery>>({
  method: 'GET',
  path: '/api/openapi.json',
  summary: 'This API as an OpenAPI 3.1 document',
  description:
    'Generated from the same zod schemas that validate requests. Names, paths and examples stay English ' +
    'in every language.',
  tag: 'service',
  auth: false,
  query: documentQuery,
  response: { status: 200, description: 'The OpenAPI document.' },
  handle: async ({ request, base, query }) => {
    const server = `${new URL(request.url).origin}${base.replace(/\/$/, '')}`;
    const document = openApiDocument(routes, server, __APP_VERSION__);
    const language = query.lang ?? acceptedLanguage(request.headers.get('Accept-Language'));
    // The answer depends on Accept-Language when `lang` is absent: caches must know.
    const headers = { 'Content-Language': language, Vary: 'Accept-Language' };
    if (language === 'en') return json(document, 200, headers);
    // Loaded only when asked for, as the page's own Korean catalog is.
    const { OPENAPI_KO } = await import('../openapi-ko');
    return json(translateDocument(document, OPENAPI_KO), 200, headers);
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
  ...exportRoutes,
  ...deploymentRoutes,
  ...aliasRoutes,
  ...predictRoutes,
  ...evaluationRoutes,
  ...mlflowExperimentRoutes,
  ...mlflowRunRoutes,
  ...mlflowRunReadRoutes,
  ...mlflowRegistryRoutes,
  ...mlflowScoringRoutes,
];
