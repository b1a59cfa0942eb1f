// Deployment metrics in Prometheus' text exposition format (version 0.0.4): counters of
// requests, failures, labelled and correct answers, and latency gauges, per variant.
import type { DeploymentMetrics } from './deployment-metrics';

const escape = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export function prometheusText(
  deployments: readonly { name: string; metrics: DeploymentMetrics }[],
): string {
  const families: [
    string,
    'counter' | 'gauge',
    string,
    (v: DeploymentMetrics['variants'][number]) => number,
    string?,
  ][] = [
    [
      'playground_requests_total',
      'counter',
      'Requests a deployment variant answered or failed.',
      (v) => v.requests,
    ],
    [
      'playground_request_errors_total',
      'counter',
      'Requests a deployment variant failed.',
      (v) => v.errors,
    ],
    [
      'playground_labelled_total',
      'counter',
      'Requests whose true label came back as feedback.',
      (v) => v.labelled,
    ],
    [
      'playground_correct_total',
      'counter',
      'Labelled requests the variant answered right.',
      (v) => Math.round((v.accuracy ?? 0) * v.labelled),
    ],
    [
      'playground_latency_p50_ms',
      'gauge',
      'Median answer time, in milliseconds.',
      (v) => v.latency_p50_ms,
    ],
    [
      'playground_latency_p95_ms',
      'gauge',
      '95th percentile answer time, in milliseconds.',
      (v) => v.latency_p95_ms,
    ],
  ];
  const lines: string[] = [];
  for (const [metric, type, help, value] of families) {
    lines.push(`# HELP ${metric} ${help}`, `# TYPE ${metric} ${type}`);
    for (const { name, metrics } of deployments) {
      for (const variant of metrics.variants) {
        lines.push(
          `${metric}{deployment="${escape(name)}",variant="${escape(variant.name)}"} ${value(variant)}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
