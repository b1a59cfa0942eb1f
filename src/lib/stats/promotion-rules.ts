// Promotion gates: rules such as "val_accuracy >= 0.9" that a model version's run must
// meet before the champion alias may point at it, and how far a version passes or falls short.

export const RULE_OPERATORS = ['>=', '>', '<=', '<'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export interface PromotionRule {
  readonly metric: string;
  readonly op: RuleOperator;
  readonly threshold: number;
}

export class RuleSyntaxError extends Error {}

const RULE =
  /^\s*([A-Za-z_][A-Za-z0-9_.\-/]*)\s*(>=|<=|>|<)\s*(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;

/** Reads "metric op number"; throws RuleSyntaxError saying what a rule looks like. */
export function parseRule(text: string): PromotionRule {
  const match = RULE.exec(text);
  if (!match) {
    throw new RuleSyntaxError(
      `'${text}' is not a rule: write a metric, one of >= > <= <, and a number (val_accuracy >= 0.9)`,
    );
  }
  return { metric: match[1] ?? '', op: match[2] as RuleOperator, threshold: Number(match[3]) };
}

export function formatRule(rule: PromotionRule): string {
  return `${rule.metric} ${rule.op} ${rule.threshold}`;
}

export interface RuleFailure {
  readonly rule: string;
  readonly metric: string;
  /** The run's latest value of the metric, or null when it never logged it. */
  readonly actual: number | null;
  readonly threshold: number;
  /** How far the value is from passing; null when the metric is missing. */
  readonly short_by: number | null;
}

function passes(value: number, rule: PromotionRule): boolean {
  switch (rule.op) {
    case '>=':
      return value >= rule.threshold;
    case '>':
      return value > rule.threshold;
    case '<=':
      return value <= rule.threshold;
    case '<':
      return value < rule.threshold;
  }
}

export interface RuleCheck {
  readonly rule: string;
  readonly metric: string;
  readonly actual: number | null;
  readonly threshold: number;
  readonly passed: boolean;
  /** How far the value is past the threshold on its passing side (negative: short by); null when missing. */
  readonly margin: number | null;
}

/** Every rule against `metrics`: whether it passes, and by how much either way. */
export function checkRules(
  rules: readonly PromotionRule[],
  metrics: Readonly<Record<string, number>>,
): RuleCheck[] {
  return rules.map((rule) => {
    const actual = metrics[rule.metric];
    const upward = rule.op === '>=' || rule.op === '>';
    return {
      rule: formatRule(rule),
      metric: rule.metric,
      actual: actual ?? null,
      threshold: rule.threshold,
      passed: actual !== undefined && passes(actual, rule),
      margin:
        actual === undefined ? null : upward ? actual - rule.threshold : rule.threshold - actual,
    };
  });
}

/** The rules that `metrics` fails, each with the value and the distance to passing. */
export function failedRules(
  rules: readonly PromotionRule[],
  metrics: Readonly<Record<string, number>>,
): RuleFailure[] {
  return checkRules(rules, metrics)
    .filter((check) => !check.passed)
    .map(({ rule, metric, actual, threshold, margin }) => ({
      rule,
      metric,
      actual,
      threshold,
      short_by: margin === null ? null : Math.abs(margin),
    }));
}
