import type { Translate } from '../../core/i18n/translate';
import type { AgingRow } from './api';

/** The server's stable bucket codes (`current`, `1-30`, `>180`) as readable labels. */
export function bucketLabel(code: string, t: Translate): string {
  if (code === 'current') return t('reporting.bucket.current');
  if (code.startsWith('>')) return t('reporting.bucket.over', { days: code.slice(1) });
  const [from, to] = code.split('-');
  return t('reporting.bucket.range', { from: from ?? '', to: to ?? '' });
}

/** A name in the UI language, falling back to the other one (customers may have only one). */
export function localName(lang: string, zh: string | null | undefined, en: string | null | undefined): string {
  const first = lang === 'zh-CN' ? zh : en;
  return (first && first.trim()) || (lang === 'zh-CN' ? en : zh) || '';
}

/** What a report row is called: sales reps without one get a label, currencies their code. */
export function rowName(row: AgingRow, lang: string, t: Translate): string {
  if (row.key === 'none') return t('reporting.aging.noSalesRep');
  return localName(lang, row.nameZh, row.nameEn) || row.code || row.key;
}

/** A decimal string from the API ("0.6000") as a number for display only (ratios, days), never for money. */
export function ratioNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
