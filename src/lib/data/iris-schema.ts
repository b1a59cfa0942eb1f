// The shape of iris data: the four measurements (cm) and the three species, in model order.

export const FEATURE_NAMES = [
  'sepal_length',
  'sepal_width',
  'petal_length',
  'petal_width',
] as const;
export const CLASS_NAMES = ['setosa', 'versicolor', 'virginica'] as const;
/** The registered model that every training of the iris data becomes a version of. */
export const REGISTERED_MODEL_NAME = 'iris';

export type ClassName = (typeof CLASS_NAMES)[number];
