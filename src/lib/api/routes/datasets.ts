// The Data API: data set versions, the bundled iris set first, each known by its digest.
import type { z } from 'zod';
import { canonicalCsv, CsvError, parseIrisCsv, type Dataset } from '../../data/csv';
import { datasetDigest } from '../../data/digest';
import { IRIS_DATASET_NAME, irisDataset } from '../../data/iris';
import { CLASS_NAMES, FEATURE_NAMES } from '../../data/iris-schema';
import { createDataset, getDataset, listDatasets } from '../../db/datasets';
import type { DatasetRecord } from '../../db/records';
import { HttpError } from '../http-error';
import { created, defineRoute, json } from '../route';
import { listOf, page, pagination, type Pagination } from '../schemas/common';
import {
  createDatasetBody,
  createDatasetQuery,
  dataset,
  datasetParams,
  datasetQuery,
  type IrisRow,
} from '../schemas/datasets';

/** The bundled data set has a fixed id and the date of Fisher's paper. */
const BUNDLED_ID = 'iris';
const BUNDLED_CREATED_AT = '1936-09-01T00:00:00.000Z';

let bundled: Promise<DatasetRecord> | undefined;

function bundledIris(): Promise<DatasetRecord> {
  bundled ??= datasetDigest(irisDataset()).then((digest) => ({
    id: BUNDLED_ID,
    name: IRIS_DATASET_NAME,
    digest,
    n_rows: irisDataset().labels.length,
    csv: canonicalCsv(irisDataset()),
    created_at: BUNDLED_CREATED_AT,
  }));
  return bundled;
}

function toRows(data: Dataset): IrisRow[] {
  return data.features.map((row, i) => ({
    ...(Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, row[j] ?? Number.NaN])) as Record<
      (typeof FEATURE_NAMES)[number],
      number
    >),
    species: CLASS_NAMES[data.labels[i] ?? 0] ?? 'setosa',
  }));
}

function fromRows(rows: readonly IrisRow[]): Dataset {
  return {
    features: rows.map((row) => FEATURE_NAMES.map((name) => row[name])),
    labels: rows.map((row) => CLASS_NAMES.indexOf(row.species)),
  };
}

function describe(record: DatasetRecord, withRows: boolean) {
  const { csv, ...fields } = record;
  return {
    ...fields,
    feature_names: [...FEATURE_NAMES],
    class_names: [...CLASS_NAMES],
    ...(withRows ? { rows: toRows(parseIrisCsv(csv)) } : {}),
  };
}

/** A text/csv body with the iris columns, as the value the JSON body schema checks. */
function csvToBody(text: string, query: Record<string, string>): unknown {
  try {
    return { name: query['name'] ?? 'uploaded', rows: toRows(parseIrisCsv(text)) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new HttpError(422, [
      { type: 'value_error', loc: ['body'], msg: `Value error, ${error.message}`, input: null },
    ]);
  }
}

export const datasetRoutes = [
  defineRoute<Record<string, never>, Pagination>({
    method: 'GET',
    path: '/api/datasets',
    summary: 'List data set versions',
    description: 'The bundled iris data set (150 rows) comes first and is always there.',
    tag: 'data',
    auth: false,
    query: pagination,
    response: { status: 200, description: 'A page of data sets.', schema: listOf(dataset) },
    handle: async ({ query }) => {
      const all = [await bundledIris(), ...(await listDatasets())];
      return json(
        page(
          all.map((d) => describe(d, false)),
          query,
        ),
      );
    },
  }),

  defineRoute<z.infer<typeof datasetParams>, z.infer<typeof datasetQuery>>({
    method: 'GET',
    path: '/api/datasets/{id}',
    summary: 'Get a data set version',
    tag: 'data',
    auth: false,
    params: datasetParams,
    query: datasetQuery,
    response: {
      status: 200,
      description: 'The data set, with its rows if asked.',
      schema: dataset,
    },
    errors: [{ status: 404, description: 'No data set has this id.' }],
    handle: async ({ params, query }) => {
      const record = params.id === BUNDLED_ID ? await bundledIris() : await getDataset(params.id);
      return json(describe(record, query.include === 'rows'));
    },
  }),

  defineRoute<
    Record<string, never>,
    z.infer<typeof createDatasetQuery>,
    z.infer<typeof createDatasetBody>
  >({
    method: 'POST',
    path: '/api/datasets',
    summary: 'Add a data set version',
    description:
      'Send JSON rows, or `text/csv` with the header `sepal_length,sepal_width,petal_length,petal_width,species` ' +
      '(and `?name=`). The id is the first 12 hex digits of the digest.',
    tag: 'data',
    auth: true,
    query: createDatasetQuery,
    body: createDatasetBody,
    csvBody: csvToBody,
    response: { status: 201, description: 'The new version.', schema: dataset },
    errors: [{ status: 409, description: 'The same data is already stored.' }],
    handle: async ({ body, base }) => {
      const data = fromRows(body.rows);
      const digest = await datasetDigest(data);
      if (digest === (await bundledIris()).digest) {
        throw new HttpError(409, `This data is already stored as data set '${BUNDLED_ID}'`);
      }
      const record = await createDataset({
        id: digest.slice(0, 12),
        name: body.name,
        digest,
        n_rows: body.rows.length,
        csv: canonicalCsv(data),
        created_at: new Date().toISOString(),
      });
      return created(describe(record, false), `${base}api/datasets/${record.id}`);
    },
  }),
];
