// The Predict page's state: sends the form's body through the API client to the server
// chosen in Settings (this playground's API by default), and keeps the exchange to show,
// with what a 422 said about each field of the form.
import {
  apiClient,
  ServerUnreachable,
  type BatchPrediction,
  type Exchange,
  type SinglePrediction,
} from '../api/client';
import { watchSettings } from '../db/settings';
import { apiRootOf } from '../http/api-base';
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
  /** The server that gave no answer to the last request, if it gave none. */
  unreachable = $state<string | null>(null);
  /** Another server's base URL from Settings; null: this playground's own API. */
  server = $state<string | null>(null);

  /** Keeps the server current while the page is open; returns the unsubscribe. */
  follow(): () => void {
    return watchSettings((settings) => (this.server = settings.apiBaseUrl));
  }

  async send(
    model: string,
    form: BodyForm,
    row: readonly number[],
    version: number | null,
  ): Promise<void> {
    this.sending = true;
    this.error = null;
    this.unreachable = null;
    try {
      const query = version === null ? '' : `?version=${version}`;
      const api = apiClient(this.server === null ? undefined : apiRootOf(this.server));
      const { exchange, data } = await api.predict(model, bodyFor(form, row), query);
      this.exchange = exchange;
      this.prediction = data === undefined ? null : 'predictions' in data ? firstOf(data) : data;
    } catch (error) {
      if (error instanceof ServerUnreachable) {
        this.unreachable = error.server;
        // An earlier answer left on screen would pass for this request's.
        [this.exchange, this.prediction] = [null, null];
      } else this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.sending = false;
    }
  }
}

function firstOf(batch: BatchPrediction): SinglePrediction | null {
  const first = batch.predictions[0];
  return first ? { ...first, model: batch.model, version: batch.version } : null;
}
