// Domain errors raised by data access: a missing resource, or a write that conflicts with
// what is stored. The API maps them to 404 and 409; the UI shows their message.
// Their `name`s must not be DOMException names (such as "NotFoundError"): Dexie maps
// errors with those names to its own classes, and instanceof would no longer match.

export class NotFoundError extends Error {
  override readonly name = 'PlaygroundNotFound';
}

export class ConflictError extends Error {
  override readonly name = 'PlaygroundConflict';

  /** `extra` adds fields to the API's 409 body beside `detail` (the rules a version failed). */
  constructor(
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A create whose name is taken (MLflow's RESOURCE_ALREADY_EXISTS): still a conflict (409). */
export class AlreadyExistsError extends ConflictError {}

/** The browser refused a write for lack of space; the transaction was rolled back. */
export class StorageFullError extends Error {
  override readonly name = 'PlaygroundStorageFull';
  constructor() {
    super(
      'The browser ran out of storage for this site, so nothing was saved. Free space: delete old runs or models, export a backup and reset the workspace, or allow more storage in the browser.',
    );
  }
}

/** Whether `error` is a quota error: as it is, or wrapped by Dexie (an AbortError's `inner`). */
function isQuotaError(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    if ((e as { inner?: unknown }).inner === e) break;
  }
  return false;
}

/** A quota error as StorageFullError (the original as its cause); any other error as it is. */
export function asStorageFull(error: unknown): unknown {
  return isQuotaError(error) ? Object.assign(new StorageFullError(), { cause: error }) : error;
}
