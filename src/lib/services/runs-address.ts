// The Runs page's address: which experiments it shows (#/runs?experiments=1,3), so that a
// run's page can link to its experiment's runs and Back returns to the same choice.

/** The Default experiment's id, shown when the address names none. */
const DEFAULT_EXPERIMENTS = ['0'];

export function experimentIdsFromQuery(query: string): string[] {
  const named = new URLSearchParams(query).get('experiments');
  return named === null ? [...DEFAULT_EXPERIMENTS] : named.split(',').filter(Boolean);
}

/** The query naming `ids`: empty for the Default experiment alone, so #/runs stays #/runs. */
export function queryFromExperimentIds(ids: readonly string[]): string {
  const isDefault = ids.length === 1 && ids[0] === DEFAULT_EXPERIMENTS[0];
  return isDefault ? '' : new URLSearchParams({ experiments: ids.join(',') }).toString();
}

/** The search a link opens the table with (#/runs?filter=…, as the labs link it); '' for none. */
export function filterFromQuery(query: string): string {
  return new URLSearchParams(query).get('filter') ?? '';
}
