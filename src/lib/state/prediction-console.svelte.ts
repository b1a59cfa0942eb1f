// The Predict page's state: builds the request body in the chosen form, sends it
// through the API client, and keeps the exchange to show.
import { FEATURE_NAMES } from '../data/iris-schema';
import { api, type BatchPrediction, type Exchange, type SinglePrediction } from '../api/client';
import type { PredictBody } from '../api/schemas/predict';

export const BODY_FORMS = ['features', 'named', 'instances', 'dataframe_split'] as const;
export type BodyForm = (typeof BODY_FORMS)[number];

export function bodyFor(form: BodyForm, row: readonly number[]): PredictBody {
  const values = [...row];
  switch (form) {
    case 'features':
      return { features: values };
    case 'instances':
      return { instances: [values] };
    case 'dataframe_split':
      return { dataframe_split: { columns: [...FEATURE_NAMES], data: [values] } };
    case 'named':
      return Object.fromEntries(
        FEATURE_NAMES.map((name, i) => [name, values[i] ?? Number.NaN]),
      ) as PredictBody;
  }
}

export class PredictionConsole {
  exchange = $state.raw<Exchange | null>(null);
  prediction = $state.raw<SinglePrediction | null>(null);
  sending = $state(false);
  error = $state<string | null>(null);

  async send(
    model: string,
    form: BodyForm,
    row: readonly number[],
    version: number | null,
  ): Promise<void> {
    this.sending = true;
    this.error = null;
    try {
      const query = version === null ? '' : `?version=${version}`;
      const { exchange, data } = await api.predict(model, bodyFor(form, row), query);
      this.exchange = exchange;
      this.prediction = data === undefined ? null : 'predictions' in data ? firstOf(data) : data;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.sending = false;
    }
  }
}

function firstOf(batch: BatchPrediction): SinglePrediction | null {
  const first = batch.predictions[0];
  return first ? { ...first, model: batch.model, version: batch.version } : null;
}
