/**
 * Exact decimal strings ("1234.50", "-0.5"): parsed into digits, never into a JS number, so 17-digit amounts keep
 * every cent. Arithmetic goes through BigInt minor units.
 */
export interface DecimalParts {
  negative: boolean;
  integer: string; // no leading zeros, at least "0"
  fraction: string; // as given, may be ""
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

export function parseDecimal(value: string): DecimalParts {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new RangeError(`not a decimal number: "${value}"`);
  const integer = m[2]!.replace(/^0+(?=\d)/, '');
  const fraction = m[3] ?? '';
  const zero = /^0*$/.test(integer) && /^0*$/.test(fraction);
  return { negative: m[1] === '-' && !zero, integer, fraction };
}

function groupDigits(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Formats a decimal string exactly with the locale's symbols and layout: Intl lays out sign, currency and separators
 * for a stand-in value, and the stand-in digits are replaced by the real ones. Never rounds: a value with more
 * decimals than `fractionDigits` keeps them.
 */
export function formatDecimalString(value: string, locale: string, options: Intl.NumberFormatOptions, fractionDigits: number): string {
  const p = parseDecimal(value);
  const digits = Math.max(fractionDigits, p.fraction.length);
  const fraction = p.fraction.padEnd(digits, '0');
  const nf = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const group = new Intl.NumberFormat(locale).formatToParts(1000000).find((x) => x.type === 'group')?.value ?? ',';
  const useGrouping = options.useGrouping !== false;
  const isZero = /^0*$/.test(p.integer) && /^0*$/.test(fraction);
  const template = nf.formatToParts(p.negative ? -1 : isZero ? 0 : 1);
  return template
    .map((part) => {
      if (part.type === 'integer') return useGrouping ? groupDigits(p.integer, group) : p.integer;
      if (part.type === 'fraction') return fraction;
      if (part.type === 'group') return ''; // cannot occur for 1, but keep the layout honest
      return part.value;
    })
    .join('');
}
