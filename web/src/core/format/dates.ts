/**
 * Business dates are ISO `yyyy-MM-dd` strings (the API's LocalDate) and are formatted as calendar dates, never through
 * a local-midnight Date that a time zone could move to the day before. Timestamps are ISO instants.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  if (check.getUTCFullYear() !== d.year || check.getUTCMonth() !== d.month - 1 || check.getUTCDate() !== d.day) {
    throw new RangeError(`no such date: "${iso}"`);
  }
  return d;
}

function utc(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

const pad = (n: number) => String(n).padStart(2, '0');

export type DateStyle = 'short' | 'long';

/**
 * zh-CN: 2026-03-01 (the form Chinese finance documents use) / 2026年3月1日星期日;
 * en: Mar 1, 2026 / Sunday, March 1, 2026.
 */
export function formatDate(iso: string, lang: string, style: DateStyle = 'short'): string {
  const d = parseIsoDate(iso);
  if (style === 'short' && lang === 'zh-CN') return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  return new Intl.DateTimeFormat(lang, { dateStyle: style === 'short' ? 'medium' : 'full', timeZone: 'UTC' }).format(utc(d));
}

/**
 * An instant in a time zone (default: the browser's). zh-CN: 2026-03-01 14:05:09; en: Mar 1, 2026, 2:05:09 PM.
 */
export function formatDateTime(instant: string | Date, lang: string, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: "${String(instant)}"`);
  if (lang === 'zh-CN') {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
    const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
  }
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(date);
}

/** Whole days from `from` to `to` (positive when `to` is later): overdue days, days to pay. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(parseIsoDate(to)).getTime() - utc(parseIsoDate(from)).getTime()) / 86_400_000);
}

/** Today's calendar date in a time zone (the company's business zone, or the browser's). */
export function todayIso(timeZone?: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
