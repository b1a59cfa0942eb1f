// order_by for runs: several keys such as "metrics.accuracy DESC", "attributes.start_time";
// runs missing a key come after those that have it, whichever the direction.
import { SearchSyntaxError, type Field } from './ast';
import { parseFilter } from './parser';
import type { SearchableRun } from './evaluate';

export interface OrderKey {
  readonly field: Field;
  readonly descending: boolean;
}

export function parseOrderBy(clauses: readonly string[]): OrderKey[] {
  return clauses.map((clause) => {
    const match = /^(.*?)(?:\s+(ASC|DESC))?\s*$/i.exec(clause.trim());
    const fieldText = match?.[1] ?? '';
    // Reuse the filter grammar to read the field: "<field> = 0" parses exactly one field.
    let field: Field;
    try {
      const parsed = parseFilter(`${fieldText} = 0`);
      if (parsed?.kind !== 'compare') throw new SearchSyntaxError('expected one field', 0);
      field = parsed.field;
    } catch (error) {
      const position =
        error instanceof SearchSyntaxError ? Math.min(error.position, fieldText.length) : 0;
      throw new SearchSyntaxError(
        `order_by '${clause}': expected a field such as metrics.accuracy, then ASC or DESC`,
        position,
      );
    }
    return { field, descending: (match?.[2] ?? 'ASC').toUpperCase() === 'DESC' };
  });
}

function valueOf(run: SearchableRun, field: Field): string | number | undefined {
  switch (field.entity) {
    case 'metrics':
      return run.metrics[field.key];
    case 'params':
    case 'tags':
      return run[field.entity][field.key];
    case 'attributes':
      return run.attributes[field.key] ?? undefined;
    case 'datasets':
      return run.datasets[0]?.[field.key as 'name'];
  }
}

/** A numeric-looking string as its number, for sorting "100" after "20". */
function asNumber(value: string | number | undefined): string | number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const n = Number(value);
  return Number.isNaN(n) ? value : n;
}

export function sortRuns<T extends SearchableRun>(
  runs: readonly T[],
  keys: readonly OrderKey[],
  numericStrings = false,
): T[] {
  const read = numericStrings
    ? (run: SearchableRun, field: Field) => asNumber(valueOf(run, field))
    : valueOf;
  return [...runs].sort((a, b) => {
    for (const { field, descending } of keys) {
      const x = read(a, field);
      const y = read(b, field);
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      // Numbers before text when a column mixes them.
      if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
      const order = x < y ? -1 : 1;
      return descending ? -order : order;
    }
    return 0;
  });
}
