// Numbers and times formatted for the current interface language.
import { locale } from './i18n.svelte';

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
