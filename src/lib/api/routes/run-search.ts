// POST /api/runs/search: MLflow's run search, with its documented extensions (named in the
// answer), several order_by keys, and pages. A filter that does not parse, or that neither
// MLflow nor an extension allows, is a 422 that says where.
import type { z } from 'zod';
import { listRunDetails } from '../../db/run-queries';
import { SearchSyntaxError, SearchValueError, type Expression } from '../../search/ast';
import { checkExpression, type Extension } from '../../search/mlflow-rules';
import { parseOrderBy, type OrderKey } from '../../search/order';
import { parseFilter } from '../../search/parser';
import { applyQuery, DEFAULT_ORDER, searchable } from '../../search/run-query';
import { HttpError, type ValidationIssue } from '../http-error';
import { defineRoute, json } from '../route';
import { mlflowRun } from '../run-shape';
import { searchRunsBody, searchRunsResponse } from '../schemas/runs';

type Body = z.infer<typeof searchRunsBody>;

function invalid(
  loc: (string | number)[],
  input: unknown,
  error: Error,
  ctx?: Record<string, unknown>,
): HttpError {
  const issue: ValidationIssue = {
    type: 'value_error',
    loc,
    msg: `Value error, ${error.message}`,
    input,
    ...(ctx ? { ctx } : {}),
  };
  return new HttpError(422, [issue]);
}

function filterOf(body: Body): { expression: Expression | null; extensions: Extension[] } {
  try {
    const expression = parseFilter(body.filter ?? '');
    return { expression, extensions: expression ? checkExpression(expression) : [] };
  } catch (error) {
    if (error instanceof SearchSyntaxError || error instanceof SearchValueError) {
      const position = error.position;
      throw invalid(
        ['body', 'filter'],
        body.filter,
        error,
        position === null ? undefined : { position },
      );
    }
    throw error;
  }
}

function orderOf(body: Body): OrderKey[] {
  const clauses = body.order_by ?? [];
  return clauses.map((clause, i) => {
    try {
      const [key] = parseOrderBy([clause]);
      if (!key) throw new SearchSyntaxError(`order_by '${clause}': expected a field`, 0);
      return key;
    } catch (error) {
      if (error instanceof SearchSyntaxError) throw invalid(['body', 'order_by', i], clause, error);
      throw error;
    }
  });
}

/** Page tokens are opaque to clients: the offset of the next page, base64-encoded. */
function offsetOf(body: Body): number {
  if (body.page_token === undefined) return 0;
  let offset = Number.NaN;
  try {
    offset = Number(atob(body.page_token));
  } catch {
    // Not base64: reported below like any other token this API did not give out.
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw invalid(
      ['body', 'page_token'],
      body.page_token,
      new Error('not a page token from this API'),
    );
  }
  return offset;
}

const SEARCH_DESCRIPTION = [
  "MLflow's search language, e.g. `metrics.accuracy > 0.9 AND params.model = 'mlp'`. A run lacking a field never matches a comparison. No token needed.",
  '',
  "MLflow's forms (the answer's `extensions` is empty):",
  '',
  '- `metrics.<key>` with `=` `!=` `>` `>=` `<` `<=` and a number;',
  '- `params.<key>`, `tags.<key>` with `=` `!=` `LIKE` `ILIKE` and a quoted string, or `IS NULL` / `IS NOT NULL` (the run lacks / has it);',
  '- `attributes.run_id`, `run_name`, `status`, `artifact_uri` with `=` `!=` `LIKE` `ILIKE` and a quoted string (`run_id` also `IN` / `NOT IN`); `attributes.start_time`, `end_time` (ms) with a number;',
  '- `datasets.name`, `digest`, `context` with `=` `!=` `LIKE` `ILIKE` `IN` `NOT IN` and quoted strings;',
  '- conditions joined by `AND`; entity types singular or plural, in backticks if you like (`` `metric`.a ``); odd keys in backticks or double quotes.',
  '',
  'Documented extensions (MLflow refuses them; allowed here and named in `extensions`):',
  '',
  '- `OR` and `parentheses`;',
  '- `IN on any field`: `IN` / `NOT IN` on metrics, params, tags and attributes other than `run_id`;',
  '- `numeric comparison of a param`, `numeric comparison of a tag`: a number without quotes compares the value as a number (`params.lr > 0.01`); a run whose value is not a number is a 422;',
  '- `attributes.experiment_id` with a quoted string (MLflow chooses experiments with `experiment_ids`).',
  '',
  'Refused with a 422, as MLflow refuses them (the `msg` and `ctx.position` say where):',
  '',
  '- `attributes.lifecycle_stage` (use `run_view_type`);',
  '- a number for a text attribute or a dataset field (`attributes.status = 1`, `attributes.experiment_id != 1`: quote it), text for a metric or a time;',
  '- `>` `>=` `<` `<=` with quoted text; `LIKE` / `ILIKE` without a quoted pattern;',
  '- `IS NULL` / `IS NOT NULL` on anything but params and tags;',
  '- a list mixing numbers and strings; entity types not in lowercase (`Metrics.a`).',
].join('\n');

export const runSearchRoutes = [
  defineRoute<Record<string, never>, Record<string, never>, Body>({
    method: 'POST',
    path: '/api/runs/search',
    summary: 'Search runs',
    description: SEARCH_DESCRIPTION,
    tag: 'tracking',
    auth: false,
    body: searchRunsBody,
    response: { status: 200, description: 'A page of matching runs.', schema: searchRunsResponse },
    handle: async ({ body }) => {
      const { expression: filter, extensions } = filterOf(body);
      const order = [...orderOf(body), ...DEFAULT_ORDER];
      const offset = offsetOf(body);
      const experiments = body.experiment_ids ? new Set(body.experiment_ids) : null;
      const view = body.run_view_type;
      const candidates = await listRunDetails(
        (run) =>
          (experiments === null || experiments.has(run.experiment_id)) &&
          (view === 'ALL' || (view === 'ACTIVE_ONLY') === (run.lifecycle_stage === 'active')),
      );
      let sorted;
      try {
        sorted = applyQuery(candidates.map(searchable), { filter, order });
      } catch (error) {
        if (error instanceof SearchValueError)
          throw invalid(['body', 'filter'], body.filter, error);
        throw error;
      }
      const pageOfRuns = sorted.slice(offset, offset + body.max_results);
      const next = offset + body.max_results;
      return json({
        runs: pageOfRuns.map((found) => mlflowRun(found.run)),
        extensions,
        ...(next < sorted.length ? { next_page_token: btoa(String(next)) } : {}),
      });
    },
  }),
];
