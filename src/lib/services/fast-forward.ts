// The simulator's fast-forward mode for a stored deployment: its variants' model versions
// answer by their plain forward pass, in-process, through the same router, faults and
// traffic that live mode sends through the API; a long run takes a second.
import { irisDataset } from '../data/iris';
import { versionSelector } from '../db/version-selector';
import { getModelWeights, resolveModelVersion } from '../db/models';
import type { DeploymentRecord } from '../db/records';
import { forwardPass } from '../ml/dense-forward';
import type { ShadowSummary } from '../traffic/shadow-tally';
import { Simulation } from '../traffic/simulation';
import type { TrafficRun } from '../traffic/traffic-run';
import { concludeSimulation, type SimulationOutcome } from './simulation-outcome';
import {
  sampleEveryFor,
  simulationSettings,
  simulationSpec,
  type SimulationForm,
} from './simulation-setup';

async function classifierOf(record: DeploymentRecord) {
  const passes = await Promise.all(
    record.variants.map(async (variant) => {
      const version = await resolveModelVersion(variant.model, versionSelector(variant));
      const weights = await getModelWeights(version.name, version.version);
      if (!weights)
        throw new Error(`the weights of ${version.name} v${version.version} are missing`);
      return forwardPass(weights.model);
    }),
  );
  return (variant: number, row: readonly number[]) => {
    const probabilities = passes[variant]?.(row) ?? [];
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) {
      if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
    }
    return best;
  };
}

export interface FastForwardResult {
  outcome: SimulationOutcome;
  traffic: TrafficRun;
  shadow: ShadowSummary | null;
}

export async function fastForward(
  record: DeploymentRecord,
  form: SimulationForm,
): Promise<FastForwardResult> {
  const simulation = new Simulation(
    simulationSpec(record, form),
    simulationSettings(form),
    irisDataset(),
    await classifierOf(record),
    sampleEveryFor(form.requests),
  );
  const started = performance.now();
  simulation.run(form.requests);
  const seconds = (performance.now() - started) / 1000;
  const traffic = simulation.traffic;
  const shadow = record.strategy === 'shadow' ? simulation.shadow.summary() : null;
  const weights = simulation.router.weights();
  return {
    outcome: await concludeSimulation(record, form, traffic, weights, seconds, shadow),
    traffic,
    shadow,
  };
}
