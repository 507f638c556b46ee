import type { AgingParams, GroupBy } from './api';

export const SETTING_KEYS = ['asOf', 'basis', 'by', 'buckets', 'companyId', 'currency', 'convert'] as const;

export const GROUP_BYS: GroupBy[] = ['customer', 'sales-rep', 'company', 'currency'];

/** The URL's report settings as API parameters (unknown values are passed on: the server explains what is wrong). */
export function toParams(filters: Record<string, string>): AgingParams {
  return {
    asOf: filters.asOf || undefined,
    basis: filters.basis === 'document' ? 'document' : filters.basis === 'due' ? 'due' : undefined,
    by: (filters.by as GroupBy) || undefined,
    buckets: filters.buckets || undefined,
    companyId: filters.companyId || undefined,
    currency: filters.currency || undefined,
    convert: filters.convert === 'true',
  };
}

/**
 * The bucket codes for bounds like "30,60,90,180" — current, 1-30, ..., >180 — as the server names them, so the table
 * has its columns before the first answer. Null when the text is not a valid list (the server's answer says why).
 */
export function bucketCodes(buckets: string | undefined): string[] | null {
  const text = buckets?.trim() || '30,60,90,180';
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  const bounds = parts.map(Number);
  if (bounds.some((b, i) => b <= 0 || (i > 0 && b <= bounds[i - 1]!))) return null;
  const codes = ['current'];
  let from = 1;
  for (const b of bounds) {
    codes.push(`${from}-${b}`);
    from = b + 1;
  }
  codes.push(`>${bounds[bounds.length - 1]}`);
  return codes;
}
