import { formatDecimalString } from './decimal';

/** A count or measure: a JS number (never money), or an exact decimal string from the API. */
export function formatNumber(value: number | string, lang: string, fractionDigits?: number): string {
  if (typeof value === 'string') return formatDecimalString(value, lang, {}, fractionDigits ?? 0);
  return new Intl.NumberFormat(lang, fractionDigits === undefined ? {} : {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A ratio (0.125) as a percentage (12.5%). */
export function formatPercent(ratio: number, lang: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}
