// MLflow's scoring server input (POST /invocations): its four JSON forms and CSV, turned into
// rows of the four measurements in signature order, with MLflow's messages for what it refuses.
import { z } from '../zod';
import { FEATURE_NAMES } from '../../data/iris-schema';
import { MlflowApiError } from '../mlflow-errors';
import { MAX_INSTANCES } from './predict';

const cell = z.number().describe('A measurement in cm.');
const rows = z.array(z.array(cell)).min(1).max(MAX_INSTANCES);
const records = z.array(z.record(z.string(), cell)).min(1).max(MAX_INSTANCES);
const FORMS = ['dataframe_split', 'dataframe_records', 'instances', 'inputs'] as const;

export const invocationsBody = z
  .object({
    dataframe_split: z
      .object({
        columns: z.array(z.string()).optional().describe('Positional if left out.'),
        data: rows,
        index: z.array(z.unknown()).optional(),
      })
      .optional(),
    dataframe_records: records.optional(),
    instances: z.union([rows, records]).optional(),
    inputs: z.union([rows, records]).optional(),
    params: z.record(z.string(), z.unknown()).optional().describe('Accepted and ignored.'),
  })
  .refine((body) => FORMS.filter((form) => body[form] !== undefined).length === 1, {
    params: { type: 'mlflow_message' },
    message: `The input must be a JSON dictionary with exactly one of the input fields {${FORMS.map((f) => `'${f}'`).join(', ')}}.`,
  })
  .meta({
    title: 'InvocationsBody',
    examples: [
      {
        dataframe_split: {
          columns: [...FEATURE_NAMES],
          data: [
            [5.1, 3.5, 1.4, 0.2],
            [6.7, 3.0, 5.2, 2.3],
          ],
        },
      },
    ],
  });
export type InvocationsBody = z.infer<typeof invocationsBody>;

const bad = (message: string) => new MlflowApiError('BAD_REQUEST', message);

/** Rows in signature order from named columns; MLflow's schema check names what is missing. */
function byName(columns: readonly string[], data: readonly (readonly number[])[]): number[][] {
  const missing = FEATURE_NAMES.filter((name) => !columns.includes(name));
  if (missing.length > 0)
    throw bad(`Model is missing inputs [${missing.map((m) => `'${m}'`).join(', ')}].`);
  const order = FEATURE_NAMES.map((name) => columns.indexOf(name));
  return data.map((row) => order.map((j) => row[j] ?? Number.NaN));
}

function positional(data: readonly (readonly number[])[]): number[][] {
  const wrong = data.find((row) => row.length !== FEATURE_NAMES.length);
  if (wrong)
    throw bad(
      `Each row must have ${FEATURE_NAMES.length} values (${FEATURE_NAMES.join(', ')}), not ${wrong.length}.`,
    );
  return data.map((row) => [...row]);
}

function fromRecords(list: readonly Readonly<Record<string, number>>[]): number[][] {
  const columns = [...new Set(list.flatMap((record) => Object.keys(record)))];
  return byName(
    columns,
    list.map((record) => columns.map((c) => record[c] ?? Number.NaN)),
  );
}

const isRows = (value: readonly unknown[]): value is number[][] => Array.isArray(value[0]);

/** The rows a valid body asks predictions for; throws BAD_REQUEST when MLflow would. */
export function scoringRows(body: InvocationsBody): number[][] {
  const found = (() => {
    if (body.dataframe_split) {
      const { columns, data } = body.dataframe_split;
      return columns ? byName(columns, data) : positional(data);
    }
    if (body.dataframe_records) return fromRecords(body.dataframe_records);
    const list = body.instances ?? body.inputs ?? [];
    return isRows(list) ? positional(list) : fromRecords(list);
  })();
  if (found.some((row) => row.some((v) => !Number.isFinite(v))))
    throw bad('Every row needs a value for each of the four measurements.');
  return found;
}

/** CSV with a header row, as pandas reads it: the value the JSON body schema checks. */
export function csvToInvocations(text: string): unknown {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const split = (line: string) =>
    line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  const [header = [], ...body] = lines.map(split);
  const keep = header
    .map((name, i) => [name, i] as const)
    .filter(([name]) => (FEATURE_NAMES as readonly string[]).includes(name));
  const number = (text: string | undefined) =>
    text === undefined || text === '' ? null : Number(text);
  return {
    dataframe_split: {
      columns: keep.map(([name]) => name),
      data: body.map((row) => keep.map(([, i]) => number(row[i]))),
    },
  };
}
