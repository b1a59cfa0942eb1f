// Reads what a FastAPI-style error says, in one line: the `detail` string, or each
// validation error as `loc: msg`; anything else as the text it is.

interface ValidationDetail {
  loc?: unknown[];
  msg?: string;
}

/** One line for a `detail` value; null when it is neither a string nor a list of errors. */
export function describeDetail(detail: unknown): string | null {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return (detail as ValidationDetail[])
      .map((d) => `${(d.loc ?? []).join('.')}: ${d.msg ?? ''}`)
      .join('; ');
  }
  return null;
}

/** One line for an error body such as `{"detail": "Not found"}` or a 422's list. */
export function detailOf(body: string): string {
  try {
    return describeDetail((JSON.parse(body) as { detail?: unknown }).detail) ?? body;
  } catch {
    return body;
  }
}
