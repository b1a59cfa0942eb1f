// Reading and writing data sets as iris-shaped CSV, and the canonical CSV that digests hash.
import { CLASS_NAMES, FEATURE_NAMES, type ClassName } from './iris-schema';

/** Rows of four measurements with the index of their class in CLASS_NAMES. */
export interface Dataset {
  readonly features: readonly (readonly number[])[];
  readonly labels: readonly number[];
}

export class CsvError extends Error {}

const HEADER = [...FEATURE_NAMES, 'species'].join(',');

/** Parses CSV text with the iris header; throws CsvError naming the line of any bad row. */
export function parseIrisCsv(text: string): Dataset {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines.shift()?.replace(/\s/g, '');
  if (header !== HEADER) throw new CsvError(`line 1: expected the header "${HEADER}"`);
  const features: number[][] = [];
  const labels: number[] = [];
  lines.forEach((line, index) => {
    const cells = line.split(',').map((cell) => cell.trim());
    const where = `line ${index + 2}`;
    if (cells.length !== 5) throw new CsvError(`${where}: expected 5 values, got ${cells.length}`);
    const values = cells.slice(0, 4).map(Number);
    if (values.some((v, i) => cells[i] === '' || !Number.isFinite(v))) {
      throw new CsvError(`${where}: the four measurements must be finite numbers`);
    }
    const label = CLASS_NAMES.indexOf(cells[4] as ClassName);
    if (label < 0) throw new CsvError(`${where}: unknown species "${cells[4]}"`);
    features.push(values);
    labels.push(label);
  });
  return { features, labels };
}

/**
 * The canonical CSV of a data set: the iris header, one row per line in data order,
 * numbers in JavaScript's shortest round-trip form, LF endings and a final newline.
 */
export function canonicalCsv(dataset: Dataset): string {
  const rows = dataset.features.map(
    (row, i) => `${row.join(',')},${CLASS_NAMES[dataset.labels[i] ?? -1] ?? ''}`,
  );
  return `${HEADER}\n${rows.join('\n')}\n`;
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
