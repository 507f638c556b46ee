type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface FieldChange {
  path: string;
  before: string | null;
  after: string | null;
}

/** Bookkeeping fields that change with every write and say nothing to a reader. */
const NOISE = /(^|\.)(version|updatedAt|createdAt|id|nameKey|numberKey|companyId)$/;

function flatten(value: Json, prefix: string, out: Map<string, string>): void {
  if (value === null || typeof value !== 'object') {
    if (prefix) out.set(prefix, value === null ? '' : String(value));
    return;
  }
  // {amount, currency} reads as one value
  if (!Array.isArray(value) && typeof value.amount === 'string' && typeof value.currency === 'string' && Object.keys(value).length === 2) {
    out.set(prefix, `${value.amount} ${value.currency}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      out.set(prefix, value.map((v) => String(v)).join(', '));
      return;
    }
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    return;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
}

function parse(text: string | null): Json {
  if (!text) return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/**
 * What an audit entry of a customer changed, field by field (nested records flattened to paths, money as
 * "12.50 CNY"), leaving out version counters and ids. A creation lists the fields it set.
 */
export function changesOf(before: string | null, after: string | null): FieldChange[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  flatten(parse(before), '', b);
  flatten(parse(after), '', a);
  const keys = [...new Set([...b.keys(), ...a.keys()])].filter((k) => !NOISE.test(k));
  return keys
    .filter((k) => (b.get(k) ?? '') !== (a.get(k) ?? ''))
    .map((k) => ({ path: k.replace(/^customer\./, ''), before: b.get(k) || null, after: a.get(k) || null }));
}
