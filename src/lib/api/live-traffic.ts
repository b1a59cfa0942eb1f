// The simulator's live mode speaks HTTP here: every simulated request is a real POST to
// /api/deployments/{name}/predict through the service worker (it shows in DevTools), every
// label a POST to /api/feedback, and the dashboard asks the deployment for its decisions
// and, for a shadow, the Monitor API for the shadow's agreement.
import { CLASS_NAMES } from '../data/iris-schema';
import type { SimulatedRequest } from '../traffic/population';
import type { ServedOutcome } from '../traffic/traffic-run';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

export interface DeploymentEvent {
  at: string;
  action: string;
  reason: string;
  actor: string;
}

export interface ShadowReport {
  compared: number;
  agreed: number;
  matrix: number[][];
}

async function failure(response: Response, what: string): Promise<Error> {
  const text = await response.text();
  let detail = text;
  try {
    const parsed = (JSON.parse(text) as { detail?: unknown }).detail;
    detail = typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    // Not JSON: the text as it is.
  }
  return new Error(`${what}: ${response.status} ${detail}`);
}

export class DeploymentTraffic {
  private readonly base: string;

  /** `apiBase`: the absolute URL of the API's root, ending in `api/`. */
  constructor(
    apiBase: string,
    readonly name: string,
    private readonly variantNames: readonly string[],
  ) {
    this.base = `${apiBase}deployments/${encodeURIComponent(name)}`;
    this.feedbackUrl = `${apiBase}feedback`;
  }

  private readonly feedbackUrl: string;

  /** Sends one request; a 503 is the variant's injected fault, any other error throws. */
  async serve(request: SimulatedRequest): Promise<ServedOutcome> {
    const started = performance.now();
    const response = await fetch(`${this.base}/predict`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ features: request.features, user_id: request.user_id }),
    });
    if (response.status === 503) {
      await response.text();
      return {
        variant: this.variantNames.indexOf(response.headers.get('X-Variant') ?? ''),
        failed: true,
        latency_ms: performance.now() - started,
        predicted: -1,
      };
    }
    if (!response.ok) throw await failure(response, 'predict');
    const body = (await response.json()) as {
      variant: string;
      class_index: number;
      request_id: string;
    };
    return {
      variant: this.variantNames.indexOf(body.variant),
      failed: false,
      latency_ms: performance.now() - started,
      predicted: body.class_index,
      request_id: body.request_id,
    };
  }

  /** Sends the true label of an answered request. */
  async feedback(requestId: string, label: number): Promise<void> {
    const response = await fetch(this.feedbackUrl, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ request_id: requestId, label: CLASS_NAMES[label] }),
    });
    if (response.status !== 204) throw await failure(response, 'feedback');
  }

  /** Creates or replaces the deployment (the live simulation's fresh start). */
  async put(body: unknown, token: string): Promise<void> {
    const response = await fetch(this.base, {
      method: 'PUT',
      headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await failure(response, 'deployment');
  }

  /** The deployment's current weights, and its decisions so far, oldest first. */
  async state(): Promise<{ weights: number[]; events: DeploymentEvent[] }> {
    const response = await fetch(this.base, { headers: JSON_HEADERS });
    if (!response.ok) throw await failure(response, 'deployment');
    const body = (await response.json()) as { weights: number[]; events: DeploymentEvent[] };
    return { weights: body.weights, events: body.events.slice().reverse() };
  }

  /** The shadow's agreement with the primary, from the Monitor API. */
  async shadow(): Promise<ShadowReport | null> {
    const response = await fetch(`${this.base}/metrics`, { headers: JSON_HEADERS });
    if (!response.ok) throw await failure(response, 'metrics');
    return ((await response.json()) as { shadow: ShadowReport | null }).shadow;
  }
}
