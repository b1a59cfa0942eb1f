// Searching what is not a run (experiments, registered models) with the run search language,
// as MLflow's experiment and model filters read: bare attribute names (`name LIKE 'a%'`) and
// `tags.<key>`; and the opaque page tokens of every MLflow search.
import type { Expression, Field } from '../../search/ast';
import { parseOrderBy, type OrderKey } from '../../search/order';
import { parseFilter } from '../../search/parser';
import { invalidParameter } from '../mlflow-errors';

/** Quoted strings and backticked names, which a rewrite must leave as they are. */
const QUOTED = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)/;

/** `name` → `attributes.name` outside quotes, so that the run grammar reads MLflow's bare names. */
function qualify(text: string, names: readonly string[]): string {
  const bare = new RegExp(`(^|[\\s(,])(?:attributes?\\.)?(${names.join('|')})\\b(?!\\.)`, 'g');
  return text
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(bare, '$1attributes.$2')))
    .join('');
}

function fieldsOf(node: unknown): Field[] {
  if (node === null || typeof node !== 'object') return [];
  if ('field' in node) return [(node as { field: Field }).field];
  return Object.values(node).flatMap(fieldsOf);
}

export interface NamedQuery {
  readonly filter: Expression | null;
  readonly order: readonly OrderKey[];
}

/** Parses a filter and order_by over `names` and tags; anything else is INVALID_PARAMETER_VALUE. */
export function compileNamedQuery(
  filter: string,
  orderBy: readonly string[],
  names: readonly string[],
): NamedQuery {
  const expression = parseFilter(qualify(filter, names));
  const order = parseOrderBy(orderBy.map((clause) => qualify(clause, names)));
  const fields = [...fieldsOf(expression), ...order.map((key) => key.field)];
  for (const field of fields) {
    const known =
      field.entity === 'tags' || (field.entity === 'attributes' && names.includes(field.key));
    if (!known)
      throw invalidParameter(
        `Invalid attribute key '${field.entity}.${field.key}': use ${names.join(', ')} or tags.<key>`,
      );
  }
  return { filter: expression, order };
}

/** A page of `items` from an opaque token (the next offset, base64) and its next token. */
export function pageOf<T>(items: readonly T[], token: string | undefined, max: number) {
  let offset = 0;
  if (token !== undefined) {
    try {
      offset = Number(atob(token));
    } catch {
      offset = Number.NaN;
    }
    if (!Number.isInteger(offset) || offset < 0)
      throw invalidParameter(`Invalid page token '${token}': not one this server gave out`);
  }
  const next = offset + max;
  return {
    items: items.slice(offset, next),
    next_page_token: next < items.length ? btoa(String(next)) : undefined,
  };
}
