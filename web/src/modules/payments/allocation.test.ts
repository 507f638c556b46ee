// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discountFor, parseAmount, proposeFifo, summarize, type OpenDebit } from './allocation';

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const debit = (id: string, open: string, offer = '0.00', due = '2026-01-31'): OpenDebit => ({
  id, documentNumber: `INV-${id}`, dueDate: due, documentDate: '2026-01-01', open: cny(open), offer: cny(offer),
});

describe('the FIFO proposal', () => {
  it('settles the oldest debits first and pays the last one in part', () => {
    const debits = [debit('a', '100.00'), debit('b', '250.50'), debit('c', '80.00')];
    const lines = proposeFifo(debits, cny('300.00'));
    expect(lines.map((l) => [l.debitId, l.selected, l.amount])).toEqual([['a', true, '100.00'], ['b', true, '200.00'], ['c', false, '']]);
    const s = summarize(debits, lines, cny('300.00'));
    expect(s.allocated).toEqual(cny('300.00'));
    expect(s.remaining).toEqual(cny('0.00'));
    expect(s.lines.map((l) => l.settles)).toEqual([true, false, false]);
    expect(s.lines[1]!.openAfter).toEqual(cny('50.50'));
    expect(s.valid).toBe(true);
  });

  it('takes the early-payment discount where the money settles the debit, and leaves the rest on account', () => {
    const debits = [debit('a', '1000.00', '20.00'), debit('b', '500.00', '10.00')];
    const s = summarize(debits, proposeFifo(debits, cny('1500.00')), cny('1500.00'));
    expect(s.lines.map((l) => [l.amount.amount, l.discount.amount, l.settles])).toEqual([['980.00', '20.00', true], ['490.00', '10.00', true]]);
    expect(s.allocated).toEqual(cny('1470.00'));
    expect(s.discounts).toEqual(cny('30.00'));
    expect(s.remaining).toEqual(cny('30.00'));
  });

  it('gives no discount to a part payment', () => {
    const debits = [debit('a', '1000.00', '20.00')];
    const lines = proposeFifo(debits, cny('500.00'));
    const s = summarize(debits, lines, cny('500.00'));
    expect(s.lines[0]!.discount).toEqual(cny('0.00'));
    expect(s.lines[0]!.openAfter).toEqual(cny('500.00'));
  });

  it('can propose without discounts', () => {
    const debits = [debit('a', '1000.00', '20.00')];
    const lines = proposeFifo(debits, cny('1000.00'), false);
    expect(lines[0]).toEqual({ debitId: 'a', selected: true, amount: '1000.00', takeDiscount: false });
    expect(summarize(debits, lines, cny('1000.00')).discounts).toEqual(cny('0.00'));
  });
});

describe('exact decimal arithmetic', () => {
  it('adds cents exactly where floats drift, also beyond 2^53', () => {
    const debits = [debit('a', '0.10'), debit('b', '0.20'), debit('c', '90071992547409.93')];
    const lines = proposeFifo(debits, cny('90071992547410.23'));
    const s = summarize(debits, lines, cny('90071992547410.23'));
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(s.allocated).toEqual(cny('90071992547410.23'));
    expect(s.remaining).toEqual(cny('0.00'));
  });

  it('keeps the discount rule of the ledger: the rest within the offer is the discount', () => {
    expect(discountFor(100000n, 2000n, 98000n, true)).toBe(2000n);
    expect(discountFor(100000n, 2000n, 99000n, true)).toBe(1000n); // pays more than needed: a smaller discount
    expect(discountFor(100000n, 2000n, 97999n, true)).toBe(0n); // leaves more than the offer open
    expect(discountFor(100000n, 2000n, 100000n, true)).toBe(0n); // settles without it
    expect(discountFor(100000n, 2000n, 98000n, false)).toBe(0n);
  });

  it('reads typed amounts exactly and refuses more decimals than the currency has', () => {
    expect(parseAmount('1,234.5', 'CNY')).toEqual({ minor: 123450n });
    expect(parseAmount('12.345', 'CNY')).toEqual({ problem: 'tooManyDecimals' });
    expect(parseAmount('1e3', 'CNY')).toEqual({ problem: 'invalid' });
    expect(parseAmount('1235', 'JPY')).toEqual({ minor: 1235n });
    expect(parseAmount('', 'CNY')).toEqual({ minor: 0n });
  });
});

describe('over-allocation is prevented', () => {
  it('when the lines add up to more than the receipt', () => {
    const debits = [debit('a', '100.00'), debit('b', '100.00')];
    const s = summarize(debits, [
      { debitId: 'a', selected: true, amount: '100.00', takeDiscount: false },
      { debitId: 'b', selected: true, amount: '50.01', takeDiscount: false },
    ], cny('150.00'));
    expect(s.overAllocated).toBe(true);
    expect(s.remaining).toEqual(cny('-0.01'));
    expect(s.valid).toBe(false);
  });

  it('when one line pays more than its debit is open, or nothing, or garbage', () => {
    const debits = [debit('a', '100.00'), debit('b', '100.00'), debit('c', '100.00'), debit('d', '100.00')];
    const s = summarize(debits, [
      { debitId: 'a', selected: true, amount: '100.01', takeDiscount: false },
      { debitId: 'b', selected: true, amount: '0', takeDiscount: false },
      { debitId: 'c', selected: true, amount: 'abc', takeDiscount: false },
      { debitId: 'd', selected: false, amount: '999.00', takeDiscount: false },
    ], cny('1000.00'));
    expect(s.lines.map((l) => l.problem)).toEqual(['exceedsOpen', 'notPositive', 'invalid', null]);
    expect(s.allocated).toEqual(cny('0.00'));
    expect(s.postable).toEqual([]);
    expect(s.valid).toBe(false);
  });
});
