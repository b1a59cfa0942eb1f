// The classic REST design lesson: the same operations as verb-style URLs (which name an
// action) and as resource-style URLs (nouns, with the action carried by the method).

export interface LessonRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below the app's base, with {name} for the model. */
  readonly path: string;
  readonly body?: unknown;
}

export interface LessonPair {
  readonly id: 'list' | 'create' | 'read' | 'delete' | 'predict';
  readonly verb: LessonRequest;
  readonly resource: LessonRequest;
}

export const REST_LESSON: readonly LessonPair[] = [
  {
    id: 'list',
    verb: { method: 'GET', path: 'api/getModelInfo' },
    resource: { method: 'GET', path: 'api/models' },
  },
  {
    id: 'create',
    verb: { method: 'POST', path: 'api/trainNewModel', body: { name: 'lesson-model' } },
    resource: { method: 'POST', path: 'api/models', body: { name: 'lesson-model' } },
  },
  {
    id: 'read',
    verb: { method: 'GET', path: 'api/getModelInfo?name={name}' },
    resource: { method: 'GET', path: 'api/models/{name}' },
  },
  {
    id: 'predict',
    verb: { method: 'POST', path: 'api/makePrediction', body: { features: [5.1, 3.5, 1.4, 0.2] } },
    resource: {
      method: 'POST',
      path: 'api/models/{name}/predict',
      body: { features: [5.1, 3.5, 1.4, 0.2] },
    },
  },
  {
    id: 'delete',
    verb: { method: 'POST', path: 'api/deleteOldModel', body: { name: 'lesson-model' } },
    resource: { method: 'DELETE', path: 'api/models/lesson-model' },
  },
];
