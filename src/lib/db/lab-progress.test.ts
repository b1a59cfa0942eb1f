import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DATABASE_NAME, db } from './database';
import { flushApiJournal, journalRequest } from './api-journal';
import { putDeployment } from './deployments';
import { readLabEvidence, tallyServed } from './lab-evidence';
import {
  getLabProgress,
  listLabProgress,
  markStepsDone,
  restartLab,
  startLab,
} from './lab-progress';
import { peekLabProgress } from './lab-progress-peek';
import type { DeploymentRequestRecord } from './records';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

const seen = (n: number) => ({ key: 'seen.request', values: { status: n } });

describe("the labs' progress", () => {
  it('starts a lab once, keeps each step’s first sighting, and restarts one lab alone', async () => {
    expect((await startLab('serve-iris', 10)).started_at).toBe(10);
    expect((await startLab('serve-iris', 99)).started_at).toBe(10);
    await startLab('rest-design', 20);
    await markStepsDone('serve-iris', { predict: seen(200) }, 30);
    await markStepsDone('serve-iris', { predict: seen(500), batch: seen(201) }, 40);
    await markStepsDone('rest-design', { verbs: seen(404) }, 50);
    expect((await getLabProgress('serve-iris'))?.steps).toEqual({
      predict: { done_at: 30, seen: seen(200) },
      batch: { done_at: 40, seen: seen(201) },
    });

    await restartLab('serve-iris', 60);
    expect(await getLabProgress('serve-iris')).toEqual({
      lab: 'serve-iris',
      started_at: 60,
      steps: {},
    });
    expect((await getLabProgress('rest-design'))?.steps).toHaveProperty('verbs');
    expect((await listLabProgress()).map((p) => p.lab).sort()).toEqual([
      'rest-design',
      'serve-iris',
    ]);
  });

  it('is read by Home without Dexie, and a browser without a workspace gets none made', async () => {
    await markStepsDone('serve-iris', { predict: seen(200) });
    await startLab('serve-iris', 10);
    db.close();
    expect((await peekLabProgress()).map((p) => p.lab)).toEqual(['serve-iris']);
    await Dexie.delete(DATABASE_NAME);
    expect(await peekLabProgress()).toEqual([]);
    expect(await Dexie.exists(DATABASE_NAME)).toBe(false);
    await db.open();
    expect(await db.experiments.count()).toBe(1);
  });
});

describe("the labs' evidence", () => {
  it('counts only what happened from the given moment on', async () => {
    const old = Date.now() - 60_000;
    journalRequest({
      at: old,
      method: 'GET',
      path: '/api/health',
      route: '/api/health',
      status: 200,
      detail: '',
    });
    const now = Date.now();
    journalRequest({
      at: now,
      method: 'GET',
      path: '/api/models',
      route: '/api/models',
      status: 200,
      detail: '',
    });
    await flushApiJournal();
    const evidence = await readLabEvidence(now);
    expect(evidence.requests.map((r) => r.path)).toEqual(['/api/models']);
    // The Default experiment was made before: not evidence from now on.
    expect(evidence.experiments).toEqual([]);
  });

  it('remembers which strategy each creation or replacement of a deployment set', async () => {
    const at = new Date().toISOString();
    const record = {
      name: 'mirror',
      strategy: 'shadow' as const,
      variants: [{ name: 'primary', model: 'iris', version: 1 }],
      sticky: true,
      hash_seed: 'mirror',
      canary: null,
      shadow_sample_rate: 1,
      bandit: null,
      canary_state: null,
      created_at: at,
      updated_at: at,
    };
    await putDeployment(record, 'api');
    await putDeployment({ ...record, strategy: 'single' }, 'api');
    const { decisions } = await readLabEvidence(Date.parse(at));
    expect(decisions.map((d) => [d.action, d.strategy])).toEqual([
      ['created', 'shadow'],
      ['replaced', 'single'],
    ]);
  });

  it('tallies each deployment’s traffic, and whether repeat users kept their variant', () => {
    const request = (
      user: string | null,
      variant: number,
      at: number,
    ): DeploymentRequestRecord => ({
      request_id: `${user}-${at}`,
      deployment: 'web',
      user_id: user,
      at,
      variant,
      predicted: 0,
      latency_ms: 1,
      failed: false,
      shadow_variant: null,
      shadow_predicted: null,
      label: at % 2 === 0 ? 0 : null,
    });
    const [tally] = tallyServed(
      [
        request('alice', 1, 5),
        request('alice', 1, 6),
        request('alice', 1, 7),
        request('bob', 0, 8),
        request('eve', 0, 9),
        request('eve', 1, 10),
        request(null, 0, 11),
      ],
      () => 2,
    );
    expect(tally).toEqual({
      deployment: 'web',
      first_at: 5,
      requests: 7,
      labelled: 3,
      shadowed: 0,
      per_variant: [3, 4],
      repeat_users: 2,
      consistent_users: 1,
      example: { user_id: 'alice', variant: 1, requests: 3 },
    });
  });
});
