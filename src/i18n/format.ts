// Numbers, times, byte counts, species and measurement names formatted for the current
// interface language.
import { CLASS_NAMES, FEATURE_NAMES } from '../lib/data/iris-schema';
import { locale, t } from './i18n.svelte';

export function formatNumber(
  value: number | undefined,
  maximumFractionDigits = 3,
  minimumFractionDigits = 0,
): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale.current, {
    maximumFractionDigits,
    minimumFractionDigits,
  }).format(value);
}

export function formatTime(epochMs: number | string): string {
  return new Intl.DateTimeFormat(locale.current, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(epochMs));
}

/**
 * A species as the interface language names it (`setosa` → Setosa, 세토사), for what the
 * page shows; payloads and stored files keep the lowercase English name. Other text is
 * shown as it is.
 */
export function speciesName(name: string): string {
  const known = CLASS_NAMES.find((species) => species === name);
  return known ? t(`species.${known}`) : name;
}

/** A measurement by its column (FEATURE_NAMES order), as the interface language names it. */
export function featureName(column: number): string {
  const name = FEATURE_NAMES[column];
  return name ? t(`feature.${name}`) : String(column);
}

/** A byte count in kB, MB or GB, whichever reads best, to one decimal. */
export function formatBytes(bytes: number): string {
  const [unit, value] =
    bytes >= 1e9
      ? ['gigabyte', bytes / 1e9]
      : bytes >= 1e6
        ? ['megabyte', bytes / 1e6]
        : ['kilobyte', bytes / 1e3];
  return new Intl.NumberFormat(locale.current, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}
