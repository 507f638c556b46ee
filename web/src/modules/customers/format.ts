import type { Money } from '../../core/api/types';
import { toMinor } from '../../core/format/money';
import type { Translate } from '../../core/i18n/translate';

/** The name to show first in a language (Chinese name in Chinese, English name in English), and the other one. */
export function customerNames(c: { nameZh: string | null; nameEn: string | null; code?: string }, lang: string): { primary: string; secondary: string | null } {
  const first = lang === 'zh-CN' ? c.nameZh || c.nameEn : c.nameEn || c.nameZh;
  const second = lang === 'zh-CN' ? (c.nameZh ? c.nameEn : null) : c.nameEn ? c.nameZh : null;
  return { primary: first || c.code || '—', secondary: second || null };
}

export interface ParsedTerms {
  basis: 'NET' | 'EOM';
  days: number;
  discounts: { percent: string; days: number }[];
}

/** `2/10,1/20,NET30` -> tiers and base (the server's PaymentTerms compact form); null if it is not one. */
export function parseTerms(code: string | null | undefined): ParsedTerms | null {
  if (!code) return null;
  const parts = code.split(',').map((p) => p.trim()).filter(Boolean);
  const discounts: ParsedTerms['discounts'] = [];
  let base: { basis: 'NET' | 'EOM'; days: number } | null = null;
  for (const part of parts) {
    const tier = /^(\d{1,2}(?:\.\d{1,4})?)\/(\d{1,3})$/.exec(part);
    const net = /^(NET|EOM)\s*\+?\s*(\d{1,3})$/i.exec(part);
    if (tier) discounts.push({ percent: tier[1]!, days: Number(tier[2]) });
    else if (net && !base) base = { basis: net[1]!.toUpperCase() as 'NET' | 'EOM', days: Number(net[2]) };
    else return null;
  }
  return base ? { ...base, discounts } : null;
}

/** "2% if paid within 10 days; net 30 days" / "10天内付款折扣2%；30天内付清". */
export function describeTerms(code: string | null | undefined, t: Translate): string {
  const p = parseTerms(code);
  if (!p) return code ?? '';
  const base = t(p.basis === 'NET' ? 'customers.terms.net' : 'customers.terms.eom', { days: p.days });
  const tiers = p.discounts.map((d) => t('customers.terms.discount', { percent: d.percent, days: d.days }));
  return [...tiers, base].join(t('customers.terms.separator'));
}

/** Common terms offered in pickers (any valid compact text may still be typed). */
export const COMMON_TERMS = ['NET30', 'NET60', 'NET90', 'EOM30', 'EOM60', '2/10,NET30', '1/10,NET30', '2/10,1/20,NET45', 'NET0'];

/**
 * How much of a credit limit is used, as a ratio for a progress bar: exact minor units through BigInt, then one
 * division; null when there is no limit, a zero limit, or another currency.
 */
export function utilisation(used: Money | null | undefined, limit: Money | null | undefined): number | null {
  if (!used || !limit || used.currency !== limit.currency) return null;
  const l = toMinor(limit);
  if (l <= 0n) return null;
  const permille = (toMinor(used) * 1000n) / l;
  return Number(permille) / 1000;
}
