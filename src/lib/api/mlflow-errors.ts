// MLflow's error answers, for the routes that speak MLflow (its REST API under
// /api/2.0/mlflow/ and its scoring server): `{"error_code", "message"}` with the status
// MLflow's server gives each code, instead of FastAPI's `detail`.
import { AlreadyExistsError, ConflictError } from '../db/errors';
import { SearchSyntaxError } from '../search/ast';
import { SearchValueError } from '../search/evaluate';
import { HttpError, type ValidationIssue } from './http-error';

/** How a route's errors look: FastAPI's (the default), MLflow's tracking server's, or its scoring server's. */
export type ErrorStyle = 'fastapi' | 'mlflow' | 'mlflow-scoring';

export type MlflowErrorCode =
  | 'RESOURCE_DOES_NOT_EXIST'
  | 'RESOURCE_ALREADY_EXISTS'
  | 'INVALID_PARAMETER_VALUE'
  | 'UNAUTHENTICATED'
  | 'BAD_REQUEST'
  | 'ENDPOINT_NOT_FOUND'
  | 'INTERNAL_ERROR'
  | 'TEMPORARILY_UNAVAILABLE';

/** An error a route answers with MLflow's code; 400 unless the code means otherwise. */
export class MlflowApiError extends HttpError {
  constructor(
    readonly errorCode: MlflowErrorCode,
    message: string,
    status = errorCode === 'RESOURCE_DOES_NOT_EXIST' ? 404 : 400,
  ) {
    super(status, message);
  }
}

export const invalidParameter = (message: string) =>
  new MlflowApiError('INVALID_PARAMETER_VALUE', message);

/**
 * Domain errors whose MLflow code the status alone cannot tell: a taken name is
 * RESOURCE_ALREADY_EXISTS, any other conflict (a param changed, a deleted run written to)
 * and a filter MLflow cannot read are INVALID_PARAMETER_VALUE; all answer 400, as MLflow does.
 */
export function mlflowDomainError(caught: unknown): MlflowApiError | undefined {
  if (caught instanceof AlreadyExistsError)
    return new MlflowApiError('RESOURCE_ALREADY_EXISTS', caught.message);
  if (caught instanceof ConflictError) return invalidParameter(caught.message);
  if (caught instanceof SearchSyntaxError || caught instanceof SearchValueError)
    return invalidParameter(`Invalid filter or order_by: ${caught.message}`);
  return undefined;
}

/** The parameter an issue names, as MLflow names it (`run_id`, `metrics.0.value`). */
function parameterOf(issue: ValidationIssue): string {
  return issue.loc.slice(1).join('.') || String(issue.loc[0] ?? 'body');
}

function validationMessage(issues: readonly ValidationIssue[], style: ErrorStyle): string {
  const [issue] = issues;
  if (!issue) return 'Invalid request';
  if (issue.type === 'json_invalid') {
    const error = issue.ctx?.['error'];
    const reason = typeof error === 'string' ? error : issue.msg;
    return style === 'mlflow-scoring'
      ? `Invalid input. Ensure that input is a valid JSON formatted string. Error: '${reason}'`
      : `Malformed JSON in the request body: ${reason}`;
  }
  const name = parameterOf(issue);
  if (issue.type === 'missing')
    return `Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`;
  if (issue.type === 'mlflow_message') return issue.msg;
  return `Invalid value ${JSON.stringify(issue.input) ?? 'undefined'} for parameter '${name}' supplied: ${issue.msg}`;
}

const SCORING_TYPES = "['text/csv', 'application/json']";

/** The status, body and headers of an error answered MLflow's way. */
export function mlflowAnswer(
  error: HttpError,
  style: Exclude<ErrorStyle, 'fastapi'>,
  request: Request,
): {
  status: number;
  body: { error_code: MlflowErrorCode; message: string };
  headers: Record<string, string>;
} {
  const answer = (error_code: MlflowErrorCode, message: string, status = error.status) => ({
    status,
    body: { error_code, message },
    headers: error.headers,
  });
  const scoring = style === 'mlflow-scoring';
  const message = typeof error.detail === 'string' ? error.detail : '';
  if (error instanceof MlflowApiError) return answer(error.errorCode, message);
  switch (error.status) {
    case 422: {
      const text = validationMessage(error.detail as ValidationIssue[], style);
      return answer(scoring ? 'BAD_REQUEST' : 'INVALID_PARAMETER_VALUE', text, 400);
    }
    case 401:
      return answer('UNAUTHENTICATED', message);
    case 404:
      return answer('RESOURCE_DOES_NOT_EXIST', message);
    case 409:
      return answer('INVALID_PARAMETER_VALUE', message, 400);
    case 415: {
      const type = request.headers.get('Content-Type') ?? '';
      return scoring
        ? answer(
            'BAD_REQUEST',
            `This predictor only supports the following content types: ${SCORING_TYPES}. Got '${type}'.`,
          )
        : answer(
            'INVALID_PARAMETER_VALUE',
            "Bad Request. Content-Type must be one of ['application/json'].",
            400,
          );
    }
    case 500:
      return answer('INTERNAL_ERROR', message);
    case 503:
      return answer('TEMPORARILY_UNAVAILABLE', message);
    default:
      return answer('BAD_REQUEST', message);
  }
}
