// The status codes this API documents, in the order a lesson meets them.

export const DOCUMENTED_STATUSES = [
  200, 201, 202, 204, 401, 404, 405, 409, 413, 415, 422, 500, 503,
] as const;
export type DocumentedStatus = (typeof DOCUMENTED_STATUSES)[number];

export function isDocumented(status: number): status is DocumentedStatus {
  return (DOCUMENTED_STATUSES as readonly number[]).includes(status);
}
