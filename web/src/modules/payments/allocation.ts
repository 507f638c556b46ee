import type { Money } from '../../core/api/types';
import { fromMinor, toMinor } from '../../core/format/money';
import { parseDecimal } from '../../core/format/decimal';

/** An open debit the receipt may pay, oldest due first; `offer` is the early-payment discount available on its date. */
export interface OpenDebit {
  id: string;
  documentNumber: string;
  dueDate: string;
  documentDate: string;
  open: Money;
  /** The discount the ledger would grant if the debit is settled on the allocation date (zero when none). */
  offer: Money;
}

/** What the clerk chose for one debit: an amount as typed (exact decimal string, '' when none) and the discount. */
export interface AllocationLine {
  debitId: string;
  selected: boolean;
  amount: string;
  takeDiscount: boolean;
}

export type LineProblem = 'invalid' | 'notPositive' | 'tooManyDecimals' | 'exceedsOpen';

export interface LineResult {
  debitId: string;
  amount: Money;
  /** The discount this line earns: the rest of the open amount when it is within the offer (the ledger's rule). */
  discount: Money;
  openAfter: Money;
  settles: boolean;
  problem: LineProblem | null;
}

export interface AllocationSummary {
  currency: string;
  available: Money;
  allocated: Money;
  discounts: Money;
  /** Left on account after the allocation (negative when over-allocated). */
  remaining: Money;
  overAllocated: boolean;
  lines: LineResult[];
  /** Lines with an amount and no problem: what would be posted. */
  postable: LineResult[];
  valid: boolean;
}

const money = (minor: bigint, currency: string): Money => fromMinor(minor, currency);

/** Minor units of a typed amount, or the reason it is not one. */
export function parseAmount(text: string, currency: string): { minor: bigint } | { problem: LineProblem } {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { minor: 0n };
  try {
    parseDecimal(trimmed);
  } catch {
    return { problem: 'invalid' };
  }
  try {
    return { minor: toMinor({ amount: trimmed, currency }) };
  } catch {
    return { problem: 'tooManyDecimals' };
  }
}

/**
 * The discount a line earns, exactly as the ledger grants it: with the discount wanted and an offer, when the payment
 * leaves between 0 (exclusive) and the offer (inclusive) open, the rest is the discount; otherwise none.
 */
export function discountFor(openMinor: bigint, offerMinor: bigint, amountMinor: bigint, take: boolean): bigint {
  const rest = openMinor - amountMinor;
  return take && offerMinor > 0n && rest > 0n && rest <= offerMinor ? rest : 0n;
}

/**
 * The classic proposal: oldest due date first, each debit settled (net of the discount it earns) while the money
 * lasts; the last one partly. Debits must come sorted by due date.
 */
export function proposeFifo(debits: readonly OpenDebit[], available: Money, takeDiscounts = true): AllocationLine[] {
  let left = toMinor(available);
  return debits.map((d) => {
    const open = toMinor(d.open);
    const offer = takeDiscounts ? toMinor(d.offer) : 0n;
    const need = open - offer;
    let amount = 0n;
    if (left > 0n) {
      amount = left >= need ? need : left; // left < need <= open: a part payment, which earns no discount
      left -= amount;
    }
    return { debitId: d.id, selected: amount > 0n, amount: amount > 0n ? fromMinor(amount, d.open.currency).amount : '', takeDiscount: takeDiscounts && offer > 0n };
  });
}

/** Totals and per-line checks for the dialog: exact in minor units, nothing rounds, over-allocation is flagged. */
export function summarize(debits: readonly OpenDebit[], lines: readonly AllocationLine[], available: Money): AllocationSummary {
  const currency = available.currency;
  const byId = new Map(lines.map((l) => [l.debitId, l]));
  let allocated = 0n;
  let discounts = 0n;
  const results: LineResult[] = debits.map((d) => {
    const line = byId.get(d.id);
    const open = toMinor(d.open);
    const none = { debitId: d.id, amount: money(0n, currency), discount: money(0n, currency), openAfter: d.open, settles: false };
    if (!line || !line.selected) return { ...none, problem: null };
    const parsed = parseAmount(line.amount, currency);
    if ('problem' in parsed) return { ...none, problem: parsed.problem };
    const amount = parsed.minor;
    if (amount <= 0n) return { ...none, problem: 'notPositive' as const };
    if (amount > open) return { ...none, amount: money(amount, currency), problem: 'exceedsOpen' as const };
    const discount = discountFor(open, toMinor(d.offer), amount, line.takeDiscount);
    allocated += amount;
    discounts += discount;
    const after = open - amount - discount;
    return { debitId: d.id, amount: money(amount, currency), discount: money(discount, currency), openAfter: money(after, currency), settles: after === 0n, problem: null };
  });
  const remaining = toMinor(available) - allocated;
  const postable = results.filter((r) => r.problem === null && toMinor(r.amount) > 0n);
  const overAllocated = remaining < 0n;
  return {
    currency,
    available,
    allocated: money(allocated, currency),
    discounts: money(discounts, currency),
    remaining: money(remaining, currency),
    overAllocated,
    lines: results,
    postable,
    valid: !overAllocated && results.every((r) => r.problem === null),
  };
}
