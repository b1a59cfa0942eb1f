// The simulator's live mode through the typed client: every simulated request is a real
// POST to /api/deployments/{name}/predict through the service worker (it shows in DevTools),
// every label a POST to /api/feedback, and the dashboard asks the deployment for its
// decisions and, for a shadow, the Monitor API for the shadow's own numbers.
import {
  apiClient,
  detailOf,
  type ApiClient,
  type ApiResult,
  type DeploymentBody,
} from '../api/client';
import { CLASS_NAMES } from '../data/iris-schema';
import type { SimulatedRequest } from '../traffic/population';
import type { ShadowSummary } from '../traffic/shadow-tally';
import type { ServedOutcome } from '../traffic/traffic-run';

export interface DeploymentEvent {
  at: string;
  action: string;
  reason: string;
  actor: string;
}

/** The answer's data, or an error that says what failed, its status and FastAPI's detail. */
function expect<T>({ exchange, data }: ApiResult<T>, what: string, status = 200): T {
  const { response } = exchange;
  if (response.status !== status) {
    throw new Error(`${what}: ${response.status} ${detailOf(response.body)}`);
  }
  return data as T;
}

export class DeploymentTraffic {
  private readonly api: ApiClient;

  /** `apiRoot`: the absolute URL of the API's root, ending in `api/`. */
  constructor(
    apiRoot: string,
    readonly name: string,
    private readonly variantNames: readonly string[],
  ) {
    this.api = apiClient(apiRoot);
  }

  /** Sends one request; a 503 is the variant's injected fault, any other error throws. */
  async serve(request: SimulatedRequest): Promise<ServedOutcome> {
    const answer = await this.api.deployments.predict(this.name, {
      features: request.features,
      user_id: request.user_id,
    });
    const { response, durationMs } = answer.exchange;
    if (response.status === 503) {
      const variant = response.headers.find(([key]) => key.toLowerCase() === 'x-variant')?.[1];
      return {
        variant: this.variantNames.indexOf(variant ?? ''),
        failed: true,
        latency_ms: durationMs,
        predicted: -1,
      };
    }
    const body = expect(answer, 'predict');
    if ('predictions' in body) throw new Error('predict: one row sent, a batch answered');
    return {
      variant: this.variantNames.indexOf(body.variant),
      failed: false,
      latency_ms: durationMs,
      predicted: body.class_index,
      request_id: body.request_id,
    };
  }

  /** Sends the true label of an answered request. */
  async feedback(requestId: string, label: number): Promise<void> {
    const species = CLASS_NAMES[label];
    if (species === undefined) throw new RangeError(`No species has index ${label}`);
    expect(await this.api.feedback({ request_id: requestId, label: species }), 'feedback', 204);
  }

  /** Creates or replaces the deployment (the live simulation's fresh start). */
  async put(body: DeploymentBody, token: string): Promise<void> {
    expect(await this.api.deployments.put(this.name, body, token), 'deployment');
  }

  /** The deployment's current weights, and its decisions so far, oldest first. */
  async state(): Promise<{ weights: number[]; events: DeploymentEvent[] }> {
    const body = expect(await this.api.deployments.get(this.name), 'deployment');
    return { weights: body.weights, events: body.events.slice().reverse() };
  }

  /** The shadow's own numbers (agreement, accuracy, latency), from the Monitor API. */
  async shadow(): Promise<ShadowSummary | null> {
    return expect(await this.api.deployments.metrics(this.name), 'metrics').shadow;
  }
}
