import { describe, expect, it } from 'vitest';
import { canonicalCsv } from '../data/csv';
import { datasetDigest } from '../data/digest';
import { irisDataset } from '../data/iris';
import { call, snapshot, useApiServer } from './testing';

useApiServer();

const rows = [
  { sepal_length: 5.0, sepal_width: 3.4, petal_length: 1.5, petal_width: 0.2, species: 'setosa' },
  {
    sepal_length: 6.9,
    sepal_width: 3.1,
    petal_length: 5.4,
    petal_width: 2.1,
    species: 'virginica',
  },
];
const csv =
  'sepal_length,sepal_width,petal_length,petal_width,species\n5,3.4,1.5,0.2,setosa\n6.9,3.1,5.4,2.1,virginica\n';

describe('Data API', () => {
  it('always lists the bundled iris data set with its digest', async () => {
    const list = await call('GET', 'api/datasets');
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      id: 'iris',
      name: 'iris',
      n_rows: 150,
      digest: await datasetDigest(irisDataset()),
      feature_names: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
      class_names: ['setosa', 'versicolor', 'virginica'],
    });
    const withRows = await call('GET', 'api/datasets/iris?include=rows');
    expect(withRows.body.rows).toHaveLength(150);
    expect(withRows.body.rows[0]).toEqual({
      sepal_length: 5.1,
      sepal_width: 3.5,
      petal_length: 1.4,
      petal_width: 0.2,
      species: 'setosa',
    });
    expect((await call('GET', 'api/datasets/iris')).body.rows).toBeUndefined();
  });

  it('creates a version from JSON rows or CSV, with the same digest for the same data', async () => {
    const made = await call('POST', 'api/datasets', { body: { name: 'two', rows } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'two', n_rows: 2 });
    expect(made.headers.get('Location')).toBe(`/sub/api/datasets/${made.body.id}`);
    expect(made.body.id).toBe(made.body.digest.slice(0, 12));

    const again = await call('POST', 'api/datasets?name=two-csv', {
      body: csv,
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(`This data is already stored as data set '${made.body.id}'`);
    const fetched = await call('GET', `api/datasets/${made.body.id}?include=rows`);
    expect(fetched.body.rows).toEqual(rows);

    const bundledCopy = await call('POST', 'api/datasets?name=copy', {
      body: canonicalCsv(irisDataset()),
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
    expect(bundledCopy).toMatchObject({
      status: 409,
      body: { detail: "This data is already stored as data set 'iris'" },
    });
    expect((await call('GET', 'api/datasets')).body.total).toBe(2);
  });

  it('rejects bad rows, bad CSV and other media types, changing nothing', async () => {
    const before = await snapshot();
    const badRow = await call('POST', 'api/datasets', {
      body: { name: 'x', rows: [{ ...rows[0], species: 'rose' }] },
    });
    expect(badRow.body.detail[0]).toMatchObject({
      type: 'literal_error',
      loc: ['body', 'rows', 0, 'species'],
    });
    const badCsv = await call('POST', 'api/datasets', {
      body: csv.replace('6.9', 'tall'),
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(badCsv.status).toBe(422);
    expect(badCsv.body.detail[0]).toMatchObject({ type: 'value_error', loc: ['body'] });
    expect(badCsv.body.detail[0].msg).toContain('line 3');
    const xml = await call('POST', 'api/datasets', {
      body: '<rows/>',
      headers: { 'Content-Type': 'application/xml' },
    });
    expect(xml).toMatchObject({ status: 415, body: { detail: 'Unsupported Media Type' } });
    const noRows = await call('POST', 'api/datasets', { body: { name: 'x', rows: [] } });
    expect(noRows.body.detail[0]).toMatchObject({ type: 'too_short', loc: ['body', 'rows'] });
    expect(
      (await call('POST', 'api/datasets', { body: { name: 'x', rows }, token: null })).status,
    ).toBe(401);
    expect(await snapshot()).toEqual(before);
    expect((await call('GET', 'api/datasets/nope')).body).toEqual({
      detail: "Data set 'nope' not found",
    });
  });
});
