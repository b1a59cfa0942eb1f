// One HTTP exchange as a learner should see it: the request as sent, the response as
// received, and the time it took.

export type HeaderList = [string, string][];

export interface RequestSpec {
  method: string;
  /** Absolute URL. */
  url: string;
  headers: HeaderList;
  body: string | null;
}

export interface Exchange {
  request: RequestSpec;
  response: { status: number; statusText: string; headers: HeaderList; body: string };
  durationMs: number;
}

/** Path and query of an absolute URL, as a request line shows them. */
export function pathAndQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
