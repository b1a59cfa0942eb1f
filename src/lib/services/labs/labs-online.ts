// The labs of the second tutorial's second half, online evaluation: an A/B test with sticky
// assignment, a canary roll-out, a shadow test, a multi-armed bandit, and why peeking at an
// A/B test's p-value misleads.
import type { DeploymentRecord } from '../../db/records';
import { on, requested, requestsSince, succeeded, type Check, type LabEvidence } from './check-kit';
import type { Lab } from './lab-types';

type Deployment = LabEvidence['deployments'][number];
type Strategy = DeploymentRecord['strategy'];

/** The deployments of `strategy` created or changed since the lab started. */
function deploymentsSince(evidence: LabEvidence, since: number, strategy: Strategy): Deployment[] {
  return evidence.deployments.filter((d) => d.strategy === strategy && d.updated_ms >= since);
}

function split(deployment: Deployment): string {
  const weights = deployment.variants.map((v) => v.weight ?? 1);
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  return weights.map((w) => Math.round((100 * w) / sum)).join('/');
}

const deployed =
  (strategy: Strategy): Check =>
  (evidence, since) => {
    const deployment = deploymentsSince(evidence, since, strategy).at(-1);
    return deployment
      ? {
          key: 'seen.deployment',
          values: {
            name: deployment.name,
            strategy,
            split: split(deployment),
            variants: deployment.variants.length,
          },
        }
      : null;
  };

/** The traffic a deployment of `strategy` served since the lab started. */
function servedBy(evidence: LabEvidence, since: number, strategy: Strategy) {
  const names = new Set(
    evidence.deployments.filter((d) => d.strategy === strategy).map((d) => d.name),
  );
  return evidence.served.filter((s) => names.has(s.deployment) && s.first_at >= since);
}

const stickyUser: Check = (evidence, since) => {
  for (const tally of servedBy(evidence, since, 'ab')) {
    if (tally.example && tally.consistent_users === tally.repeat_users) {
      const deployment = evidence.deployments.find((d) => d.name === tally.deployment);
      return {
        key: 'seen.sticky',
        values: {
          user: tally.example.user_id,
          variant:
            deployment?.variants[tally.example.variant]?.name ?? String(tally.example.variant),
          requests: tally.example.requests,
        },
      };
    }
  }
  return null;
};

const trafficServed =
  (strategy: Strategy, requests: number, labelled: number): Check =>
  (evidence, since) => {
    const tally = servedBy(evidence, since, strategy).find(
      (s) => s.requests >= requests && s.labelled >= labelled,
    );
    return tally
      ? {
          key: 'seen.traffic',
          values: {
            name: tally.deployment,
            requests: tally.requests,
            labelled: tally.labelled,
            split: tally.per_variant.join(' / '),
          },
        }
      : null;
  };

/**
 * The promotion of a shadow deployment: promoting by hand leaves it a single deployment of
 * the shadow's version with an empty request log, so its decisions say what it was.
 */
const shadowPromoted: Check = (evidence, since) => {
  const recent = evidence.decisions.filter((d) => d.at >= since);
  const shadows = new Set(recent.filter((d) => d.strategy === 'shadow').map((d) => d.deployment));
  const decision = recent.filter((d) => d.action === 'promote' && shadows.has(d.deployment)).at(-1);
  return decision
    ? {
        key: 'seen.decision',
        values: { name: decision.deployment, action: decision.action, actor: decision.actor },
      }
    : null;
};

const mirrored: Check = (evidence, since) => {
  const tally = servedBy(evidence, since, 'shadow').find((s) => s.shadowed >= 50);
  return tally
    ? {
        key: 'seen.shadow',
        values: { name: tally.deployment, requests: tally.requests, shadowed: tally.shadowed },
      }
    : null;
};

/** The Monitor API read for a deployment of `strategy`, after it served traffic. */
const monitored =
  (strategy: Strategy): Check =>
  (evidence, since) => {
    const names = new Set(servedBy(evidence, since, strategy).map((s) => s.deployment));
    return requested(
      (r) =>
        on('GET', '/api/deployments/{name}/metrics')(r) &&
        succeeded(r) &&
        [...names].some((name) =>
          r.path.startsWith(`/api/deployments/${encodeURIComponent(name)}/metrics`),
        ),
    )(evidence, since);
  };

/** A canary's decision (`actions`), by its rule or by hand. */
const decided =
  (strategy: 'canary', actions: readonly string[]): Check =>
  (evidence, since) => {
    const canaries = new Set(
      evidence.deployments.filter((d) => d.strategy === strategy).map((d) => d.name),
    );
    const decision = evidence.decisions
      .filter((d) => d.at >= since && canaries.has(d.deployment) && actions.includes(d.action))
      .at(-1);
    return decision
      ? {
          key: 'seen.decision',
          values: { name: decision.deployment, action: decision.action, actor: decision.actor },
        }
      : null;
  };

/** An A/A test: an A/B deployment whose two variants are the same model version. */
function isAaTest(d: Deployment): boolean {
  const [a, b] = d.variants;
  if (d.strategy !== 'ab' || !a || !b || a.model !== b.model) return false;
  return (
    (a.version !== undefined && a.version === b.version) ||
    (a.alias !== undefined && a.alias === b.alias)
  );
}

const aaDeployed: Check = (evidence, since) => {
  const deployment = evidence.deployments
    .filter((d) => d.updated_ms >= since && isAaTest(d))
    .at(-1);
  const [a] = deployment?.variants ?? [];
  return deployment && a
    ? { key: 'seen.aa', values: { name: deployment.name, version: a.version ?? a.alias ?? '' } }
    : null;
};

const PEEKS = 3;

const peeked: Check = (evidence, since) => {
  const aa = new Set(evidence.deployments.filter(isAaTest).map((d) => d.name));
  const busy = evidence.served.find((s) => aa.has(s.deployment) && s.labelled >= 50);
  if (!busy) return null;
  const reads = requestsSince(
    evidence,
    since,
    (r) =>
      on('GET', '/api/deployments/{name}/metrics')(r) &&
      succeeded(r) &&
      r.path.startsWith(`/api/deployments/${encodeURIComponent(busy.deployment)}/metrics`),
  );
  return reads.length >= PEEKS
    ? {
        key: 'seen.peeks',
        values: { name: busy.deployment, reads: reads.length, labelled: busy.labelled },
      }
    : null;
};

const STICKY_JS = `for (const i of [1, 2, 3]) {
  const answer = await fetch('api/deployments/web/predict', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user_id: 'alice', features: [6.1, 2.8, 4.7, 1.2] }),
  }).then((r) => r.json());
  console.log(answer.variant);
}`;

const STICKY_PY = `bucket = int(hashlib.md5(user_id.encode()).hexdigest(), 16) % 100
model = model_b if bucket < 50 else model_a`;

const METRICS_JS = "await fetch('api/deployments/web/metrics').then((r) => r.json());";

export const ONLINE_LABS: readonly Lab[] = [
  {
    id: 'ab-test',
    tutorial: 'mlflow',
    steps: [
      { id: 'deploy', href: '#/deploy?strategy=ab&split=50', check: deployed('ab') },
      {
        id: 'sticky',
        href: '#/console?send=POST%20/api/deployments/%7Bname%7D/predict',
        check: stickyUser,
        code: {
          tutorial: { label: 'FastAPI', code: STICKY_PY },
          here: { label: 'DevTools', code: STICKY_JS },
        },
      },
      { id: 'traffic', href: '#/deploy', check: trafficServed('ab', 100, 20) },
      {
        id: 'read',
        href: '#/console?send=GET%20/api/deployments/%7Bname%7D/metrics',
        check: monitored('ab'),
        code: { here: { label: 'DevTools', code: METRICS_JS } },
      },
    ],
  },
  {
    id: 'canary',
    tutorial: 'mlflow',
    steps: [
      { id: 'deploy', href: '#/deploy?strategy=canary&name=canary', check: deployed('canary') },
      { id: 'advance', href: '#/deploy', check: decided('canary', ['advance']) },
      { id: 'decide', href: '#/deploy', check: decided('canary', ['promote', 'rollback']) },
    ],
  },
  {
    id: 'shadow',
    tutorial: 'mlflow',
    steps: [
      { id: 'deploy', href: '#/deploy?strategy=shadow&name=shadow', check: deployed('shadow') },
      { id: 'mirror', href: '#/deploy', check: mirrored },
      { id: 'promote', href: '#/deploy', check: shadowPromoted },
    ],
  },
  {
    id: 'bandit',
    tutorial: 'mlflow',
    steps: [
      { id: 'deploy', href: '#/deploy?strategy=bandit&name=bandit', check: deployed('bandit') },
      { id: 'feedback', href: '#/deploy', check: trafficServed('bandit', 100, 50) },
      {
        id: 'read',
        href: '#/console?send=GET%20/api/deployments/%7Bname%7D/metrics',
        check: monitored('bandit'),
      },
    ],
  },
  {
    id: 'peeking',
    tutorial: 'mlflow',
    steps: [
      { id: 'aa', href: '#/deploy?strategy=ab&name=aa-test', check: aaDeployed },
      {
        id: 'peek',
        href: '#/deploy',
        check: peeked,
        code: {
          here: {
            label: 'DevTools',
            code: "await fetch('api/deployments/aa-test/metrics').then((r) => r.json());",
          },
        },
      },
    ],
  },
];
