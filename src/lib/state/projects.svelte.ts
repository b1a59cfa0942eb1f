// Projects as the Train page offers them: the live list, saving the current setup with
// the fields a run may override, and running one with overrides (tagged with its name).
import {
  checkConfig,
  type ConfigCheck,
  type ConfigField,
  type TrainConfig,
} from '../ml/hyperparameters';
import { deleteProject, listProjects, saveProject } from '../db/projects';
import type { ProjectRecord } from '../db/records';
import type { FormValues } from '../services/config-form';
import { attempt } from '../services/attempt';
import { LiveQuery } from './live-query.svelte';
import { trainingSession } from './training-session.svelte';

/** A project's setup with the overrides of its parameters; other fields keep its defaults. */
export function projectConfig(project: ProjectRecord, overrides: FormValues): ConfigCheck {
  const candidate: Record<string, unknown> = { ...project.defaults };
  for (const field of project.parameters) candidate[field] = overrides[field];
  return checkConfig(candidate);
}

export class Projects {
  readonly list = new LiveQuery(listProjects);

  save(
    name: string,
    description: string,
    defaults: TrainConfig,
    parameters: ConfigField[],
  ): Promise<string | null> {
    return attempt(() =>
      saveProject({ name: name.trim(), description: description.trim(), defaults, parameters }),
    );
  }

  delete(name: string): Promise<string | null> {
    return attempt(() => deleteProject(name));
  }

  run(project: ProjectRecord, config: TrainConfig, experimentId: string): void {
    void trainingSession.train(config, {
      experiment_id: experimentId,
      tags: {
        project: project.name,
        'mlflow.source.type': 'PROJECT',
        'mlflow.project.entryPoint': 'main',
      },
    });
  }
}
