// Schemas shared by many routes: pagination, names, tags, list envelopes, errors.
import { z } from '../zod';

/**
 * Text that must be an integer (query and path values arrive as text): digit strings
 * become numbers so that the integer's own bounds apply; anything else is Pydantic's
 * `int_parsing` error.
 */
export const integerFromText = (schema: z.ZodNumber) =>
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

/** Text that must be a number (a query value), as Pydantic's `float_parsing` reports it. */
export const numberFromText = (schema: z.ZodNumber) =>
  z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    const number = value.trim() === '' ? Number.NaN : Number(value);
    if (Number.isFinite(number)) return number;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: 'Input should be a valid number, unable to parse string as a number',
      params: { type: 'float_parsing' },
    });
    return z.NEVER;
  }, schema);

export const pagination = z.strictObject({
  limit: integerFromText(z.int().min(1).max(1000)).default(100).describe('Page size (1 to 1000).'),
  offset: integerFromText(z.int().min(0)).default(0).describe('Items to skip.'),
});
export type Pagination = z.infer<typeof pagination>;

export const MODEL_NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
export const ALIAS_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export const modelName = z
  .string()
  .min(1)
  .max(256)
  .regex(MODEL_NAME_PATTERN)
  .describe('Registered model name: letters, digits, _ . - (not starting with . or -).');

export const modelNameParams = z.strictObject({
  name: z.string().min(1).max(256).describe('Registered model name.'),
});

export const tags = z
  .record(z.string().min(1).max(250), z.string().max(5000))
  .describe('Free-form key/value labels.')
  .meta({ examples: [{ owner: 'data-team' }] });

export const description = z.string().max(5000).describe('What this is for.');

export function page<T>(items: readonly T[], query: Pagination) {
  return { items: items.slice(query.offset, query.offset + query.limit), total: items.length };
}

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.int().describe('How many there are in all.') });

/** FastAPI's error body with a message. */
export const errorMessage = z
  .object({ detail: z.string() })
  .meta({ title: 'ErrorMessage', examples: [{ detail: 'Not Found' }] });

/** FastAPI's 422 body: one entry per problem, as Pydantic v2 reports them. */
export const validationErrors = z
  .object({
    detail: z.array(
      z.object({
        type: z.string(),
        loc: z.array(z.union([z.string(), z.int()])),
        msg: z.string(),
        input: z.unknown(),
        ctx: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  })
  .meta({
    title: 'HTTPValidationError',
    examples: [
      {
        detail: [
          {
            type: 'too_short',
            loc: ['body', 'features'],
            msg: 'List should have at least 4 items after validation, not 3',
            input: [5.1, 3.5, 1.4],
            ctx: { min_length: 4, actual_length: 3 },
          },
        ],
      },
    ],
  });
