import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../ml/hyperparameters';
import {
  ADVANCED_FIELDS,
  advancedInUse,
  checkForm,
  formFromQuery,
  queryFromForm,
  visibleFields,
} from './config-form';

describe('the training setup in the URL hash', () => {
  it('round-trips a setup through its query', () => {
    const query = 'model=softmax&penalty=elasticnet&alpha=0.5&l1_ratio=0.1&standardize=false';
    const values = formFromQuery(query);
    const check = checkForm(values);
    expect(check.ok && check.config).toMatchObject({
      model: 'softmax',
      penalty: 'elasticnet',
      alpha: 0.5,
      l1_ratio: 0.1,
      standardize: false,
      epochs: DEFAULT_CONFIG.epochs,
    });
    expect(formFromQuery(queryFromForm(values))).toEqual(values);
    expect(queryFromForm(values)).not.toContain('hidden_units');
  });

  it('shows the fields of the chosen model and penalty only', () => {
    expect(visibleFields({ ...DEFAULT_CONFIG, model: 'softmax' })).not.toContain('alpha');
    expect(visibleFields({ ...DEFAULT_CONFIG, model: 'softmax', penalty: 'l2' })).toContain(
      'alpha',
    );
    expect(visibleFields(DEFAULT_CONFIG)).toContain('dropout');
  });

  it('reports bad values from a link beside their fields, and ignores hidden ones', () => {
    const check = checkForm(formFromQuery('epochs=lots&activation=swish&alpha=-1'));
    expect(check).toEqual({
      ok: false,
      problems: {
        epochs: { kind: 'not_a_number' },
        activation: { kind: 'not_a_choice', options: ['relu', 'tanh', 'sigmoid'] },
      },
    });
  });

  it('tells when a link sets a folded (advanced) field', () => {
    expect(advancedInUse(formFromQuery('model=softmax&penalty=l2&epochs=40'))).toBe(false);
    expect(advancedInUse(formFromQuery('model=mlp&epochs=1000&batch_size=8'))).toBe(true);
    expect(advancedInUse(formFromQuery('seed=oops'))).toBe(true);
    expect(advancedInUse(formFromQuery(queryFromForm(formFromQuery(''))))).toBe(false);
    // Every folded field applies to every model: none hides while it is folded.
    for (const model of ['mlp', 'softmax']) {
      expect(visibleFields({ ...DEFAULT_CONFIG, model })).toEqual(
        expect.arrayContaining([...ADVANCED_FIELDS]),
      );
    }
  });
});
