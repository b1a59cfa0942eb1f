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
