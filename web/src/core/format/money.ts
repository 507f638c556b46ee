import type { Money } from '../api/types';
import { formatDecimalString, parseDecimal } from './decimal';

const digitsCache = new Map<string, number>();

/** The currency's minor digits per ISO 4217 as the browser knows them (CNY 2, JPY 0, KWD 3); 2 if unknown. */
export function currencyDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(currency, d);
  }
  return d;
}

export interface MoneyFormatOptions {
  /** `symbol` (¥1,234.50 / CN¥1,234.50), `code` (CNY 1,234.50) or `none` (1,234.50, for a column with one currency). */
  display?: 'symbol' | 'code' | 'none';
  /** Negative amounts in parentheses, as in accounting statements. */
  accounting?: boolean;
  /** `always`: +/- on every non-zero amount (movements). */
  sign?: 'auto' | 'always' | 'exceptZero';
}

/** Formats `{amount, currency}` for a language, exactly (no float on the way), with the currency's digits. */
export function formatMoney(money: Money, lang: string, options: MoneyFormatOptions = {}): string {
  const { display = 'symbol', accounting = false, sign = 'auto' } = options;
  const digits = currencyDigits(money.currency);
  if (display === 'none') {
    return formatDecimalString(money.amount, lang, { signDisplay: sign }, digits);
  }
  return formatDecimalString(
    money.amount,
    lang,
    {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: display,
      currencySign: accounting ? 'accounting' : 'standard',
      signDisplay: sign,
    },
    digits,
  );
}

/** Minor units as BigInt; throws rather than rounding when the amount has more decimals than the currency. */
export function toMinor(money: Money): bigint {
  const digits = currencyDigits(money.currency);
  const p = parseDecimal(money.amount);
  if (p.fraction.replace(/0+$/, '').length > digits) {
    throw new RangeError(`${money.amount} has more decimals than ${money.currency} allows (${digits})`);
  }
  const minor = BigInt(p.integer + p.fraction.padEnd(digits, '0').slice(0, digits));
  return p.negative ? -minor : minor;
}

export function fromMinor(minor: bigint, currency: string): Money {
  const digits = currencyDigits(currency);
  const negative = minor < 0n;
  const s = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const amount = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return { amount: negative ? `-${amount}` : amount, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`cannot combine ${a.currency} and ${b.currency}`);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return fromMinor(toMinor(a) + toMinor(b), a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return fromMinor(toMinor(a) - toMinor(b), a.currency);
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  return fromMinor(
    items.reduce((acc, m) => {
      sameCurrency(m, { amount: '0', currency });
      return acc + toMinor(m);
    }, 0n),
    currency,
  );
}

/** -1, 0 or 1. */
export function compareMoney(a: Money, b: Money): number {
  sameCurrency(a, b);
  const d = toMinor(a) - toMinor(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function isZeroMoney(m: Money): boolean {
  return toMinor(m) === 0n;
}

export function isNegativeMoney(m: Money): boolean {
  return toMinor(m) < 0n;
}
