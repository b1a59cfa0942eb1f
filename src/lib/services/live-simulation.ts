// The simulator's live mode: the deployment is restarted with the simulation's seed and
// fault (a PUT), then the same seeded traffic fast-forward generates goes out one request
// at a time as real HTTP through the service worker, labels follow as POST /api/feedback,
// and the deployment's decisions are read back as they happen. Requests go one after
// another, as in fast-forward, so that the router sees the same events in the same order
// and the same seed gives the same assignments and outcomes. Pause, resume and stop act
// between two requests.
import { DeploymentTraffic } from './deployment-traffic';
import { irisDataset } from '../data/iris';
import type { DeploymentRecord } from '../db/records';
import type { ShadowSummary } from '../traffic/shadow-tally';
import { TrafficRun } from '../traffic/traffic-run';
import { concludeSimulation, type SimulationOutcome } from './simulation-outcome';
import {
  liveDeploymentBody,
  sampleEveryFor,
  simulationSettings,
  type SimulationForm,
} from './simulation-setup';

/** The shadow's numbers are read from the Monitor API at most this often. */
const SHADOW_POLL_MS = 1000;

export class LiveSimulation {
  readonly traffic: TrafficRun;
  shadow: ShadowSummary | null = null;
  private readonly client: DeploymentTraffic;
  private resumed: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private stopped = false;
  private seenEvents = 0;
  private lastShadowPoll = -Infinity;

  constructor(
    private readonly record: DeploymentRecord,
    private readonly form: SimulationForm,
    /** The absolute URL of the API's root, ending in `api/`. */
    apiBase: string,
    private readonly token: string,
    /** Called after every request (and after every point, with the decisions read). */
    private readonly onChange: () => void = () => undefined,
  ) {
    this.client = new DeploymentTraffic(
      apiBase,
      record.name,
      record.variants.map((v) => v.name),
    );
    this.traffic = new TrafficRun(
      record.variants.length,
      simulationSettings(form),
      irisDataset(),
      sampleEveryFor(form.requests),
    );
  }

  get paused(): boolean {
    return this.resumed !== null;
  }

  pause(): void {
    this.resumed ??= new Promise((resolve) => (this.wake = resolve));
  }

  resume(): void {
    this.wake?.();
    this.resumed = null;
    this.wake = null;
  }

  /** Ends the run after the request in flight; what was served so far is recorded. */
  stop(): void {
    this.stopped = true;
    this.resume();
  }

  async run(): Promise<SimulationOutcome> {
    await this.client.put(liveDeploymentBody(this.record, this.form), this.token);
    this.seenEvents = (await this.client.state()).events.length;
    const traffic = this.traffic;
    const started = performance.now();
    let pacedFrom = started;
    let pacedCount = 0;
    while (traffic.served < this.form.requests && !this.stopped) {
      if (this.resumed) {
        await this.resumed;
        // A pause does not count against the pace.
        [pacedFrom, pacedCount] = [performance.now(), 0];
      }
      if (this.stopped) break;
      if (this.form.rate_per_s > 0) {
        const due = pacedFrom + (pacedCount++ * 1000) / this.form.rate_per_s;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      for (const label of traffic.takeDueLabels(traffic.served)) {
        if (label.request_id) await this.client.feedback(label.request_id, label.label);
      }
      const points = traffic.points.length;
      const request = traffic.nextRequest();
      traffic.record(request, await this.client.serve(request));
      if (traffic.points.length > points) await this.observe(false);
      this.onChange();
    }
    const seconds = (performance.now() - started) / 1000;
    traffic.sample();
    const { weights } = await this.observe(true);
    return concludeSimulation(this.record, this.form, traffic, weights, seconds, this.shadow);
  }

  /** Reads the deployment's new decisions (and, now and then, the shadow's numbers). */
  private async observe(final: boolean): Promise<{ weights: number[] }> {
    const state = await this.client.state();
    for (const event of state.events.slice(this.seenEvents)) {
      this.traffic.decisions.push({
        at: this.traffic.served,
        action: event.action,
        reason: event.reason,
      });
    }
    this.seenEvents = state.events.length;
    const now = performance.now();
    if (
      this.record.strategy === 'shadow' &&
      (final || now - this.lastShadowPoll > SHADOW_POLL_MS)
    ) {
      this.lastShadowPoll = now;
      this.shadow = await this.client.shadow();
    }
    return state;
  }
}
