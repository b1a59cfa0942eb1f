import { describe, expect, it } from 'vitest';
import { BODY_FORMS, bodyFor, fieldOfLoc, rejectionOf } from './predict-form';

describe('the Predict form and a 422', () => {
  it('finds the field each body form’s loc points at', () => {
    expect(fieldOfLoc(['body', 'petal_width'])).toBe('petal_width');
    expect(fieldOfLoc(['body', 'features', 3])).toBe('petal_width');
    expect(fieldOfLoc(['body', 'features', 0])).toBe('sepal_length');
    expect(fieldOfLoc(['body', 'instances', 0, 2])).toBe('petal_length');
    expect(fieldOfLoc(['body', 'dataframe_split', 'data', 0, 1])).toBe('sepal_width');
  });

  it('finds no field where the loc names none', () => {
    expect(fieldOfLoc(['body'])).toBeNull();
    expect(fieldOfLoc(['body', 19])).toBeNull();
    expect(fieldOfLoc(['body', 'features'])).toBeNull();
    expect(fieldOfLoc(['body', 'features', 4])).toBeNull();
    expect(fieldOfLoc(['body', 'instances', 0])).toBeNull();
    expect(fieldOfLoc(['body', 'dataframe_split', 'columns', 0])).toBeNull();
    expect(fieldOfLoc(['body', 'petal_width', 0])).toBeNull();
    expect(fieldOfLoc(['query', 'version'])).toBeNull();
    expect(fieldOfLoc(['path', 'petal_width'])).toBeNull();
  });

  it('points back at the field a value went into, in every form', () => {
    // Each form puts the third measurement somewhere: the loc of that place names it.
    const places: Record<(typeof BODY_FORMS)[number], (string | number)[]> = {
      features: ['features', 2],
      named: ['petal_length'],
      instances: ['instances', 0, 2],
      dataframe_split: ['dataframe_split', 'data', 0, 2],
    };
    for (const form of BODY_FORMS) {
      const body = bodyFor(form, [1, 2, 3, 4]) as unknown;
      const value = places[form].reduce<unknown>((at, key) => (at as never)[key], body);
      expect(value, form).toBe(3);
      expect(fieldOfLoc(['body', ...places[form]]), form).toBe('petal_length');
    }
  });

  it('reads a 422 body into messages per field and the rest', () => {
    const body = JSON.stringify({
      detail: [
        { type: 'float_type', loc: ['body', 'features', 3], msg: 'Input should be a valid number' },
        { type: 'finite_number', loc: ['body', 'features', 3], msg: 'Input should be finite' },
        { type: 'int_parsing', loc: ['query', 'version'], msg: 'Input should be an integer' },
      ],
    });
    expect(rejectionOf(422, body)).toEqual({
      fields: { petal_width: 'Input should be a valid number; Input should be finite' },
      other: ['query.version: Input should be an integer'],
    });
    expect(rejectionOf(404, '{"detail": "Not Found"}')).toEqual({ fields: {}, other: [] });
    expect(rejectionOf(422, 'not json')).toEqual({ fields: {}, other: [] });
  });
});
