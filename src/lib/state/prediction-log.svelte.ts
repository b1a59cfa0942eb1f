// The prediction log as pages show it: the newest entries, how many are kept and the cap,
// live from IndexedDB (requests from any tab, Swagger UI's and the console's included).
import {
  countPredictions,
  predictionLogLimit,
  recentPredictions,
  setPredictionLogLimit,
} from '../db/prediction-log';
import { LiveQuery } from './live-query.svelte';

export { PREDICTION_LOG_LIMITS } from '../db/prediction-log';

export class PredictionLogView {
  readonly recent;
  readonly totals;

  /** Call during component initialisation: the queries follow the component. */
  constructor(shown = 8) {
    this.recent = new LiveQuery(() => recentPredictions(shown));
    this.totals = new LiveQuery(async () => ({
      count: await countPredictions(),
      limit: await predictionLogLimit(),
    }));
  }

  saveLimit(limit: number): Promise<void> {
    return setPredictionLogLimit(limit);
  }
}
