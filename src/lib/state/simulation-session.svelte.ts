// The Deploy page's simulation: its settings, the run in progress (live or fast-forward),
// and what the dashboard shows, published at most four times a second however fast the
// requests go. One simulation at a time for the tab, kept while the learner visits other
// pages, so that a live run can be watched and stopped on coming back.
import { apiUrl } from '../api/client';
import type { DeploymentRecord } from '../db/records';
import { getApiToken } from '../db/settings';
import type { ShadowSummary } from '../traffic/shadow-tally';
import type { TimelineDecision, TimelinePoint } from '../traffic/traffic-run';
import { fastForward } from '../services/fast-forward';
import { LiveSimulation } from '../services/live-simulation';
import type { SimulationOutcome } from '../services/simulation-outcome';
import { DEFAULT_FORM, type SimulationForm } from '../services/simulation-setup';

const PUBLISH_MS = 250;

export type SessionStatus = 'idle' | 'running' | 'paused' | 'done' | 'failed';

export class SimulationSession {
  form = $state<SimulationForm>({ ...DEFAULT_FORM });
  status = $state<SessionStatus>('idle');
  /** The deployment as it was when the simulation started, and the settings it ran with. */
  record = $state.raw<DeploymentRecord | null>(null);
  settings = $state.raw<SimulationForm | null>(null);
  mode = $state<SimulationForm['mode']>('fast-forward');
  served = $state(0);
  total = $state(0);
  points = $state.raw<TimelinePoint[]>([]);
  decisions = $state.raw<TimelineDecision[]>([]);
  shadow = $state.raw<ShadowSummary | null>(null);
  outcome = $state.raw<SimulationOutcome | null>(null);
  error = $state<string | null>(null);
  private live: LiveSimulation | null = null;
  private lastPublished = 0;

  get busy(): boolean {
    return this.status === 'running' || this.status === 'paused';
  }

  async start(record: DeploymentRecord): Promise<void> {
    if (this.busy) return;
    const form = $state.snapshot(this.form);
    Object.assign(this, { record, mode: form.mode, total: form.requests, served: 0 });
    this.settings = form;
    this.points = [];
    this.decisions = [];
    this.shadow = null;
    this.outcome = null;
    this.error = null;
    this.status = 'running';
    try {
      if (form.mode === 'live') {
        const live = new LiveSimulation(record, form, apiUrl('api/'), await getApiToken(), () =>
          this.publish(false),
        );
        this.live = live;
        this.outcome = await live.run();
      } else {
        const result = await fastForward(record, form);
        this.points = result.traffic.points.slice();
        this.decisions = result.traffic.decisions.slice();
        this.shadow = result.shadow;
        this.served = result.traffic.served;
        this.outcome = result.outcome;
      }
      this.publish(true);
      this.status = 'done';
    } catch (error) {
      this.publish(true);
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'failed';
    } finally {
      this.live = null;
    }
  }

  /**
   * Runs the last simulation again, live: its seed and settings through the real deployment
   * (`record`: the deployment as it stands now), which a fast-forward only ran a copy of.
   */
  async rerunLive(record: DeploymentRecord): Promise<void> {
    if (this.busy || !this.settings) return;
    this.form = { ...this.settings, mode: 'live' };
    await this.start(record);
  }

  pause(): void {
    this.live?.pause();
    if (this.live) this.status = 'paused';
  }

  resume(): void {
    this.live?.resume();
    if (this.live) this.status = 'running';
  }

  stop(): void {
    this.live?.stop();
  }

  /** Copies the live run's state for the dashboard, at most every PUBLISH_MS. */
  private publish(force: boolean): void {
    const live = this.live;
    if (!live) return;
    const now = performance.now();
    if (!force && now - this.lastPublished < PUBLISH_MS) return;
    this.lastPublished = now;
    this.points = live.traffic.points.slice();
    this.decisions = live.traffic.decisions.slice();
    this.shadow = live.shadow;
    this.served = live.traffic.served;
  }
}

/** The tab's simulation. */
export const simulationSession = new SimulationSession();
