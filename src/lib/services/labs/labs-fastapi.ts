// The labs of the first tutorial, APIs for MLOps with FastAPI, in its order: what an API is,
// an HTTP exchange's parts, REST design, the pipeline's APIs, serving iris, generated docs.
import {
  isWrite,
  needsToken,
  on,
  requested,
  requestedBoth,
  requestedInOrder,
  requestsSince,
  succeeded,
  type Check,
} from './check-kit';
import type { Lab } from './lab-types';

const PREDICT = '/api/models/{name}/predict';
const IRIS_BODY = '{ features: [5.1, 3.5, 1.4, 0.2] }';

const fetchJson = (method: string, path: string, body: string) =>
  `await fetch('${path}', {\n  method: '${method}',\n  headers: { 'Content-Type': 'application/json' },\n  body: JSON.stringify(${body}),\n}).then((r) => r.json());`;

const predicted: Check = (evidence, since) => {
  const hit = evidence.predictions.filter((p) => p.at >= since && p.status === 200 && p.rows >= 2);
  const last = hit.at(-1);
  return last ? { key: 'seen.batch', values: { rows: last.rows, model: last.model } } : null;
};

/** A request after the docs were read: Swagger UI's "Try it out". */
const triedFromDocs: Check = (evidence, since) => {
  const docs = requestsSince(evidence, since, on('GET', '/api/openapi.json'))[0];
  if (!docs) return null;
  return requested((r) => r.route === PREDICT && r.status === 200)(evidence, docs.at);
};

export const FASTAPI_LABS: readonly Lab[] = [
  {
    id: 'what-is-an-api',
    tutorial: 'fastapi',
    steps: [
      {
        id: 'menu',
        href: '#/docs',
        check: requested((r) => r.route === '/api/openapi.json' && succeeded(r)),
      },
      {
        id: 'order',
        href: '#/console?send=GET%20/api/health',
        check: requested((r) => r.route === '/api/health' && succeeded(r)),
        code: {
          tutorial: {
            label: 'Python',
            code: "requests.get('http://localhost:8000/api/health').json()",
          },
          here: { label: 'DevTools', code: "await fetch('api/health').then((r) => r.json());" },
        },
      },
      {
        id: 'kitchen',
        href: '#/predict',
        check: requested((r) => r.route === PREDICT && r.status === 200),
      },
    ],
  },
  {
    id: 'http-anatomy',
    tutorial: 'fastapi',
    steps: [
      {
        id: 'method',
        href: '#/console',
        check: requested((r) => r.status === 405),
        code: {
          here: {
            label: 'DevTools',
            code: "await fetch('api/models/iris/predict').then((r) => r.status);",
          },
        },
      },
      {
        id: 'headers',
        href: '#/console?send=POST%20/api/experiments',
        check: requestedInOrder(
          (r) => r.status === 401,
          (r) => isWrite(r) && needsToken(r) && succeeded(r),
        ),
        code: {
          tutorial: {
            label: 'Python',
            code: "requests.post(url, json={'name': 'lab'},\n              headers={'Authorization': 'Bearer playground-token'})",
          },
          here: {
            label: 'DevTools',
            code: "await fetch('api/experiments', {\n  method: 'POST',\n  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer playground-token' },\n  body: JSON.stringify({ name: 'my-lab' }),\n}).then((r) => r.status);",
          },
        },
      },
      {
        id: 'content-type',
        href: '#/console',
        check: requested((r) => r.status === 415),
        code: {
          here: {
            label: 'DevTools',
            code: `await fetch('api/models/iris/predict', {\n  method: 'POST',\n  body: JSON.stringify(${IRIS_BODY}),\n}).then((r) => r.status);`,
          },
        },
      },
      {
        id: 'not-found',
        href: '#/console?send=GET%20/api/models/%7Bname%7D',
        check: requested((r) => r.status === 404 && r.route !== null),
        code: {
          here: {
            label: 'DevTools',
            code: "await fetch('api/models/rose').then((r) => r.json());",
          },
        },
      },
    ],
  },
  {
    id: 'rest-design',
    tutorial: 'fastapi',
    steps: [
      {
        id: 'verbs',
        href: '#/console',
        check: requested((r) => r.status === 404 && r.route === null),
        code: {
          here: {
            label: 'DevTools',
            code: "await fetch('api/getModelInfo').then((r) => r.status);",
          },
        },
      },
      {
        id: 'nouns',
        href: '#/console?send=GET%20/api/models',
        check: requestedBoth(
          (r) => on('GET', '/api/models')(r) && succeeded(r),
          (r) => on('GET', '/api/models/{name}')(r) && succeeded(r),
        ),
      },
      {
        id: 'create-delete',
        href: '#/console?send=POST%20/api/models',
        check: requestedInOrder(
          (r) => on('POST', '/api/models')(r) && r.status === 201,
          (r) => on('DELETE', '/api/models/{name}')(r) && r.status === 204,
        ),
      },
    ],
  },
  {
    id: 'pipeline-apis',
    tutorial: 'fastapi',
    steps: [
      {
        id: 'data-training',
        href: '#/console?send=POST%20/api/runs',
        check: requestedBoth(
          (r) => on('GET', '/api/datasets')(r) && succeeded(r),
          (r) => on('POST', '/api/runs')(r) && succeeded(r),
        ),
      },
      {
        id: 'validation-deploy',
        href: '#/console?send=POST%20/api/evaluations',
        check: requestedBoth(
          (r) => on('POST', '/api/evaluations')(r) && succeeded(r),
          (r) => on('PUT', '/api/deployments/{name}')(r) && succeeded(r),
        ),
      },
      {
        id: 'predict-monitor',
        href: '#/console?send=GET%20/api/metrics',
        check: requestedBoth(
          (r) => on('POST', '/api/deployments/{name}/predict')(r) && succeeded(r),
          (r) =>
            (on('GET', '/api/metrics')(r) || on('GET', '/api/deployments/{name}/metrics')(r)) &&
            succeeded(r),
        ),
      },
    ],
  },
  {
    id: 'serve-iris',
    tutorial: 'fastapi',
    steps: [
      {
        id: 'predict',
        href: '#/console?send=POST%20/api/models/%7Bname%7D/predict',
        check: requested((r) => r.route === PREDICT && r.status === 200),
        code: {
          tutorial: {
            label: 'Python',
            code: "requests.post('http://localhost:8000/api/models/iris/predict',\n              json={'features': [5.1, 3.5, 1.4, 0.2]}).json()",
          },
          here: {
            label: 'DevTools',
            code: fetchJson('POST', 'api/models/iris/predict', IRIS_BODY),
          },
        },
      },
      {
        id: 'validation',
        href: '#/predict',
        check: requested(
          (r) => r.route === PREDICT && r.status === 422 && r.detail.startsWith('missing'),
        ),
        code: {
          tutorial: {
            label: 'FastAPI',
            code: 'class Iris(BaseModel):\n    sepal_length: float\n    sepal_width: float\n    petal_length: float\n    petal_width: float',
          },
          here: {
            label: 'DevTools',
            code: fetchJson(
              'POST',
              'api/models/iris/predict',
              '{ sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4 }',
            ),
          },
        },
      },
      {
        id: 'batch',
        href: '#/predict',
        check: predicted,
        code: {
          here: {
            label: 'DevTools',
            code: fetchJson(
              'POST',
              'api/models/iris/predict',
              '{ instances: [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]] }',
            ),
          },
        },
      },
    ],
  },
  {
    id: 'api-docs',
    tutorial: 'fastapi',
    steps: [
      {
        id: 'open',
        href: '#/docs',
        check: requested((r) => on('GET', '/api/openapi.json')(r) && succeeded(r)),
      },
      { id: 'try-it', href: '#/docs', check: triedFromDocs },
      {
        id: 'korean',
        href: '#/docs',
        check: requested(
          (r) => on('GET', '/api/openapi.json')(r) && succeeded(r) && r.path.includes('lang=ko'),
        ),
        code: {
          here: {
            label: 'DevTools',
            code: "await fetch('api/openapi.json?lang=ko').then((r) => r.json());",
          },
        },
      },
    ],
  },
];
