import type { TableQuery } from '../../core/table/useTableQuery';
import type { InvoiceListQuery } from './api';

/** URL filter keys of the invoice list. */
export const INVOICE_FILTERS = ['q', 'status', 'paymentStatus', 'customerId', 'salesRepId', 'invoiceFrom', 'invoiceTo', 'dueFrom', 'dueTo', 'overdue', 'currency', 'minAmount', 'maxAmount'] as const;

/** The overdue presets of the filter and the day ranges they stand for. */
export const OVERDUE_PRESETS: Record<string, { min: number; max?: number }> = {
  any: { min: 1 },
  '1-30': { min: 1, max: 30 },
  '31-60': { min: 31, max: 60 },
  '61-90': { min: 61, max: 90 },
  '91+': { min: 91 },
};

const list = (v: string | undefined) => (v ? v.split(',').filter(Boolean) : undefined);

/** The API's query for the list's URL state (filters, page, sort). */
export function invoiceQuery(q: TableQuery): InvoiceListQuery {
  const f = q.filters;
  const overdue = f.overdue ? OVERDUE_PRESETS[f.overdue] : undefined;
  return {
    q: f.q,
    status: list(f.status),
    paymentStatus: list(f.paymentStatus),
    customerId: f.customerId,
    salesRepId: f.salesRepId,
    invoiceFrom: f.invoiceFrom,
    invoiceTo: f.invoiceTo,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    minDaysOverdue: overdue?.min,
    maxDaysOverdue: overdue?.max,
    currency: f.currency,
    minAmount: f.minAmount,
    maxAmount: f.maxAmount,
    page: q.page,
    size: q.size,
    sort: q.sort,
  };
}

/** The same filters for a CSV export (no paging): of the selected rows when there are any. */
export function exportQuery(q: TableQuery, ids: readonly string[]): InvoiceListQuery {
  const { page: _page, size: _size, ...rest } = invoiceQuery(q);
  return ids.length > 0 ? { ids: ids.join(','), sort: q.sort } : rest;
}
