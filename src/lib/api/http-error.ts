// Errors that handlers throw to answer with a FastAPI-shaped body and a status.

/** One entry of a 422 body, as Pydantic v2 reports a validation error. */
export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationIssue[],
    readonly headers: Record<string, string> = {},
    /** Fields the body carries beside `detail` (a 409 may name what it conflicts with). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(typeof detail === 'string' ? detail : `${status} validation error`);
  }
}

export const notFound = (detail = 'Not Found') => new HttpError(404, detail);
