import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { exportQuery, invoiceQuery } from './listQuery';
import { emptyLine, fromInvoice, toInput, toPreviewInput, type InvoiceFormValues } from './formValues';
import type { Invoice } from './api';

const base: InvoiceFormValues = {
  customerId: 'c-1',
  invoiceDate: dayjs('2026-03-10'),
  currency: ' ',
  paymentTerms: ' 2/10,NET30 ',
  pricesIncludeTax: false,
  lines: [
    { description: ' Widget ', unit: '', quantity: '3', unitPrice: '19.99', taxRate: '13', discountPercent: '' },
    { description: '', quantity: '1', unitPrice: undefined, taxRate: '6' },
  ],
  schedule: { mode: 'SINGLE' },
};

describe('invoice form values', () => {
  it('become the API body with ISO dates, trimmed text, exact decimal strings and blanks left to the server', () => {
    const body = toInput(base, 4);
    expect(body).toMatchObject({ customerId: 'c-1', invoiceDate: '2026-03-10', paymentTerms: '2/10,NET30', schedule: null, version: 4 });
    expect(body.currency).toBeUndefined();
    expect(body.lines[0]).toEqual({ description: 'Widget', unit: undefined, quantity: '3', unitPrice: '19.99', discountPercent: undefined, taxRate: '13' });
  });

  it('send a percentage schedule with its parts and an equal one with its count', () => {
    const pct = toInput({ ...base, schedule: { mode: 'PERCENT', intervalMonths: 2, parts: [{ percent: '30', dueDate: dayjs('2026-04-30') }, { percent: '70' }] } });
    expect(pct.schedule).toEqual({ mode: 'PERCENT', count: undefined, intervalMonths: 2, parts: [{ percent: '30', dueDate: '2026-04-30' }, { percent: '70', dueDate: undefined }] });
    const equal = toInput({ ...base, schedule: { mode: 'EQUAL', count: 3 } });
    expect(equal.schedule).toEqual({ mode: 'EQUAL', count: 3, intervalMonths: undefined, parts: undefined });
  });

  it('preview only complete lines, and nothing without a customer', () => {
    expect(toPreviewInput({ ...base, customerId: undefined })).toBeNull();
    const p = toPreviewInput(base)!;
    expect(p.lines).toHaveLength(1);
    expect(toPreviewInput({ ...base, lines: [{ ...emptyLine(), unitPrice: '5.00', description: '' }] })!.lines[0]!.description).toBe('—');
    expect(toPreviewInput({ ...base, lines: [emptyLine()] })).toBeNull();
  });

  it('come back from a saved draft', () => {
    const v = fromInvoice({
      customerId: 'c-1', invoiceDate: '2026-03-10', currency: 'CNY', paymentTerms: 'NET30', requestedDueDate: null, pricesIncludeTax: true,
      taxRounding: 'HALF_EVEN', reference: null, notes: 'n', schedule: { mode: 'EQUAL', count: 2 },
      lines: [{ description: 'A', unit: null, quantity: '2', unitPrice: '1.00', discountPercent: '0', taxRate: '13' }],
    } as unknown as Invoice);
    expect(v.invoiceDate?.format('YYYY-MM-DD')).toBe('2026-03-10');
    expect(v.lines?.[0]).toEqual({ description: 'A', unit: '', quantity: '2', unitPrice: '1.00', discountPercent: undefined, taxRate: '13' });
    expect(v.schedule).toEqual({ mode: 'EQUAL', count: 2, intervalMonths: null, parts: [] });
    expect(v.dueDate).toBeNull();
  });
});

describe('invoice list query', () => {
  const q = { page: 2, size: 50, sort: '-dueDate', filters: { status: 'DRAFT,ISSUED', overdue: '31-60', q: 'acme' } };

  it('turns the URL filters into API parameters', () => {
    expect(invoiceQuery(q)).toMatchObject({ status: ['DRAFT', 'ISSUED'], minDaysOverdue: 31, maxDaysOverdue: 60, q: 'acme', page: 2, size: 50, sort: '-dueDate' });
    expect(invoiceQuery({ ...q, filters: { overdue: '91+' } })).toMatchObject({ minDaysOverdue: 91, maxDaysOverdue: undefined });
  });

  it('exports the selected rows, or everything the filters match', () => {
    expect(exportQuery(q, ['a', 'b'])).toEqual({ ids: 'a,b', sort: '-dueDate' });
    const all = exportQuery(q, []);
    expect(all).toMatchObject({ q: 'acme', minDaysOverdue: 31 });
    expect(all).not.toHaveProperty('page');
  });
});
