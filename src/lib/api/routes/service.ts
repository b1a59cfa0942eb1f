// Service routes: health.
import { z } from '../zod';
import { TF_BACKEND } from '../../ml/load-tf';
import { defineRoute, json } from '../route';

export const healthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  tf_backend: z.string(),
});

export const serviceRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/health',
    summary: 'Health check',
    tag: 'service',
    auth: false,
    response: { status: 200, description: 'The service is up.', schema: healthResponse },
    handle: () =>
      json({
        status: 'ok',
        version: __APP_VERSION__,
        tf_backend: TF_BACKEND,
      } satisfies z.infer<typeof healthResponse>),
  }),
];
