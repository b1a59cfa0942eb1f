// POST /api/runs/search: MLflow's run search, with OR and parentheses, several order_by
// keys, and pages. A filter that does not parse or cannot apply is a 422 that says where.
import type { z } from 'zod';
import { listRunDetails } from '../../db/run-queries';
import { SearchSyntaxError, type Expression } from '../../search/ast';
import { checkExpression, SearchValueError } from '../../search/evaluate';
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

function filterOf(body: Body): Expression | null {
  try {
    const expression = parseFilter(body.filter ?? '');
    if (expression) checkExpression(expression);
    return expression;
  } catch (error) {
    if (error instanceof SearchSyntaxError) {
      throw invalid(['body', 'filter'], body.filter, error, { position: error.position });
    }
    if (error instanceof SearchValueError) throw invalid(['body', 'filter'], body.filter, error);
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

export const runSearchRoutes = [
  defineRoute<Record<string, never>, Record<string, never>, Body>({
    method: 'POST',
    path: '/api/runs/search',
    summary: 'Search runs',
    description:
      "MLflow's search language, extended with OR and parentheses: e.g. `metrics.accuracy > 0.9 AND " +
      "(params.model = 'mlp' OR tags.owner ILIKE 'a%')`. Metrics compare as numbers; params and tags as strings, or " +
      'as numbers when compared with a number. A run lacking a field never matches. No token needed.',
    tag: 'tracking',
    auth: false,
    body: searchRunsBody,
    response: { status: 200, description: 'A page of matching runs.', schema: searchRunsResponse },
    handle: async ({ body }) => {
      const filter = filterOf(body);
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
        ...(next < sorted.length ? { next_page_token: btoa(String(next)) } : {}),
      });
    },
  }),
];
