// Ready-made requests for the console: one that produces each documented status code
// live, and the REST lesson's verb-style and resource-style URLs. They go to this
// playground's own API, whose workspace and simulated failures they use.
import type { DocumentedStatus } from '../http/status-codes';
import type { LessonRequest } from '../http/rest-lesson';
import { authorizationRow, destination, type Draft, type Method } from './console-draft';

export interface Preset {
  /** Requests sent first (not shown), to put the workspace in the state the lesson needs. */
  setup: Draft[];
  request: Draft;
  /** For 500 and 503: the simulated failure to switch on for just this request. */
  simulate?: 500 | 503;
}

const GALLERY_MODEL = 'gallery-demo';

function draft(
  method: Method,
  path: string,
  token: string | null,
  body?: unknown,
  contentType = 'application/json',
): Draft {
  const headers = [{ name: 'Accept', value: 'application/json', enabled: true }];
  if (body !== undefined) headers.push({ name: 'Content-Type', value: contentType, enabled: true });
  if (token !== null) headers.push(authorizationRow(token, true));
  return {
    method,
    ...destination(path),
    query: '',
    headers,
    body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body, null, 2),
  };
}

/** A request that this API answers with `status`. */
export function statusPreset(status: DocumentedStatus, token: string, model: string): Preset {
  const createGalleryModel = draft('POST', 'api/models', token, { name: GALLERY_MODEL });
  const predict = `api/models/${encodeURIComponent(model)}/predict`;
  switch (status) {
    case 200:
      return { setup: [], request: draft('GET', 'api/health', null) };
    case 201:
      return {
        setup: [draft('DELETE', `api/models/${GALLERY_MODEL}`, token)],
        request: createGalleryModel,
      };
    case 202:
      return {
        setup: [],
        request: draft('POST', 'api/runs', token, {
          experiment_id: '0',
          model: 'softmax',
          params: { epochs: 50 },
        }),
      };
    case 204:
      return {
        setup: [createGalleryModel],
        request: draft('DELETE', `api/models/${GALLERY_MODEL}`, token),
      };
    case 401:
      return { setup: [], request: draft('POST', 'api/models', null, { name: GALLERY_MODEL }) };
    case 404:
      return { setup: [], request: draft('GET', 'api/models/no-such-model', null) };
    case 405:
      return { setup: [], request: draft('DELETE', 'api/health', token) };
    case 409:
      return { setup: [createGalleryModel], request: createGalleryModel };
    case 413:
      return {
        setup: [],
        request: draft(
          'POST',
          predict,
          null,
          `{"features": [5.1, 3.5, 1.4, 0.2], "padding": "${'x'.repeat(1_100_000)}"}`,
        ),
      };
    case 415:
      return {
        setup: [],
        request: draft('POST', predict, null, '5.1, 3.5, 1.4, 0.2', 'text/plain'),
      };
    case 422:
      return { setup: [], request: draft('POST', predict, null, { features: [5.1, 3.5, 1.4] }) };
    case 500:
    case 503:
      return { setup: [], request: draft('GET', 'api/health', null), simulate: status };
  }
}

export function lessonDraft(request: LessonRequest, token: string, model: string): Draft {
  const [path = '', query = ''] = request.path
    .replace('{name}', encodeURIComponent(model))
    .split('?');
  const writes = request.method !== 'GET';
  return { ...draft(request.method, path, writes ? token : null, request.body), query };
}
