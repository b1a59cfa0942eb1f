// What the Monitor API answers for one deployment: its logged requests (shadow copies
// included, once their writes are in) and current weights, measured by deploymentMetrics.
import { CLASS_NAMES } from '../data/iris-schema';
import { deploymentRequests } from '../db/deployments';
import type { DeploymentRecord } from '../db/records';
import { DEFAULT_PLANNED_LIFT } from '../stats/ab-verdict';
import { deploymentMetrics } from '../traffic/deployment-metrics';
import { currentWeights, shadowsLogged } from './deployment-server';

export async function metricsOf(record: DeploymentRecord, plannedLift = DEFAULT_PLANNED_LIFT) {
  await shadowsLogged();
  const [requests, weights] = await Promise.all([
    deploymentRequests(record.name),
    currentWeights(record.name),
  ]);
  return deploymentMetrics(
    record.variants.map((v) => v.name),
    weights,
    requests,
    record.strategy === 'shadow',
    CLASS_NAMES.length,
    { sticky: record.sticky, fixedWeights: record.strategy === 'ab', plannedLift },
  );
}
