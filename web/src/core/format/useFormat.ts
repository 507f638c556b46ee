import { useMemo } from 'react';
import type { Money } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, formatDateTime, type DateStyle } from './dates';
import { formatMoney, type MoneyFormatOptions } from './money';
import { formatNumber, formatPercent } from './numbers';

/** The formatters bound to the current language; every page formats through these. */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      money: (m: Money | null | undefined, options?: MoneyFormatOptions) => (m ? formatMoney(m, lang, options) : ''),
      date: (iso: string | null | undefined, style?: DateStyle) => (iso ? formatDate(iso, lang, style) : ''),
      dateTime: (instant: string | null | undefined, timeZone?: string) => (instant ? formatDateTime(instant, lang, timeZone) : ''),
      number: (n: number | string | null | undefined, digits?: number) => (n === null || n === undefined ? '' : formatNumber(n, lang, digits)),
      percent: (ratio: number | null | undefined, digits?: number) => (ratio === null || ratio === undefined ? '' : formatPercent(ratio, lang, digits)),
    }),
    [lang],
  );
}
