// The Predict page's state: sends the form's body through the API client, and keeps the
// exchange to show, with what a 422 said about each field of the form.
import { api, type BatchPrediction, type Exchange, type SinglePrediction } from '../api/client';
import { bodyFor, rejectionOf, NO_REJECTION, type BodyForm } from '../services/predict-form';

export class PredictionConsole {
  exchange = $state.raw<Exchange | null>(null);
  prediction = $state.raw<SinglePrediction | null>(null);
  sending = $state(false);
  error = $state<string | null>(null);
  /** The fields the last answer rejected, with the API's message for each. */
  readonly rejection = $derived(
    this.exchange
      ? rejectionOf(this.exchange.response.status, this.exchange.response.body)
      : NO_REJECTION,
  );

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
