// A run's artifacts: the list (MLflow's list-artifacts shape) and each file as it was
// logged, with its media type, so that a browser shows images and JSON as they are.
import { z } from '../zod';
import { getArtifact, listArtifacts } from '../../db/run-queries';
import { getRunDetails } from '../../db/run-queries';
import { NotFoundError } from '../../db/errors';
import { defineRoute, json } from '../route';
import { runParams } from '../schemas/runs';

const artifactParams = runParams.extend({
  path: z.string().min(1).max(1000).describe('The file’s path in the run, e.g. model/model.json.'),
});

const artifactList = z
  .object({
    files: z.array(
      z.object({
        path: z.string(),
        is_dir: z.boolean(),
        file_size: z.int(),
        mime_type: z.string(),
      }),
    ),
  })
  .meta({ title: 'ArtifactList' });

async function requireRun(runId: string): Promise<void> {
  if (!(await getRunDetails(runId))) throw new NotFoundError(`Run '${runId}' not found`);
}

export const artifactRoutes = [
  defineRoute<z.infer<typeof runParams>>({
    method: 'GET',
    path: '/api/runs/{run_id}/artifacts',
    summary: "List a run's artifacts",
    description:
      'Every file the run logged: its model (model/model.json + model/weights.bin, loadable by tf.loadLayersModel) ' +
      'and its images (confusion_matrix.svg, training_curves.svg, decision_regions.svg). No token needed.',
    tag: 'tracking',
    auth: false,
    params: runParams,
    response: { status: 200, description: 'The files.', schema: artifactList },
    errors: [{ status: 404, description: 'No run has this id.' }],
    handle: async ({ params }) => {
      await requireRun(params.run_id);
      const files = await listArtifacts(params.run_id);
      return json({
        files: files.map((f) => ({
          path: f.path,
          is_dir: false,
          file_size: f.size,
          mime_type: f.mime_type,
        })),
      });
    },
  }),

  defineRoute<z.infer<typeof artifactParams>>({
    method: 'GET',
    path: '/api/runs/{run_id}/artifacts/{path}',
    summary: 'Download one artifact',
    description:
      'The file as logged, with its Content-Type; `path` may contain slashes (model/weights.bin). No token needed.',
    tag: 'tracking',
    auth: false,
    params: artifactParams,
    response: { status: 200, description: 'The file’s bytes.' },
    errors: [{ status: 404, description: 'No run has this id, or the run has no such file.' }],
    handle: async ({ params }) => {
      await requireRun(params.run_id);
      const file = await getArtifact(params.run_id, params.path);
      return new Response(file.data, {
        headers: {
          'Content-Type': file.mime_type,
          'Content-Length': String(file.data.byteLength),
        },
      });
    },
  }),
];
