// Schemas shared by many routes: pagination, names, list envelopes.
import { z } from 'zod';

/**
 * Query values arrive as text: digit strings become numbers so that the integer's own
 * bounds apply; anything else is Pydantic's `int_parsing` error.
 */
const integerFromQuery = (schema: z.ZodNumber) =>
  z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    if (/^-?\d+$/.test(value)) return Number(value);
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: 'Input should be a valid integer, unable to parse string as an integer',
      params: { type: 'int_parsing' },
    });
    return z.NEVER;
  }, schema);

export const pagination = z.strictObject({
  limit: integerFromQuery(z.int().min(1).max(1000)).default(100).describe('Page size (1 to 1000).'),
  offset: integerFromQuery(z.int().min(0)).default(0).describe('Items to skip.'),
});

export const versionNumberFromQuery = integerFromQuery(z.int().min(1));

export const ALIAS_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export const modelNameParams = z.strictObject({
  name: z.string().min(1).max(256).describe('Registered model name.'),
});

export function page<T>(items: readonly T[], query: { limit: number; offset: number }) {
  return { items: items.slice(query.offset, query.offset + query.limit), total: items.length };
}
