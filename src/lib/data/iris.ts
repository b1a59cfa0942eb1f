// The bundled iris data set (Fisher 1936, as scikit-learn ships it): 150 rows,
// four measurements in cm, three species. Parsed once from the CSV beside this file.
import irisCsv from './iris.csv?raw';
import { parseIrisCsv, type Dataset } from './csv';

export const IRIS_DATASET_NAME = 'iris';

let cached: Dataset | undefined;

/** The bundled iris data set. */
export function irisDataset(): Dataset {
  cached ??= parseIrisCsv(irisCsv);
  return cached;
}
