import { api, type Query } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

export type ReceiptType = 'PAYMENT' | 'ADVANCE';
export type ItemStatus = 'OPEN' | 'CLEARED' | 'REVERSED';

/** A ledger item (ItemResponse). */
export interface LedgerItem {
  id: string;
  companyId: string;
  customerId: string;
  type: string;
  side: 'DEBIT' | 'CREDIT';
  documentNumber: string;
  installmentNo: number | null;
  originalAmount: Money;
  openAmount: Money;
  documentDate: string;
  dueDate: string | null;
  valueDate: string | null;
  paymentTerms: string | null;
  reference: string | null;
  description: string | null;
  status: ItemStatus;
  reversesItemId: string | null;
  createdAt: string;
  createdBy: string;
}

/** One row of an item's allocation history (ItemDetail.Movement). */
export interface Movement {
  allocationId: string;
  kind: 'ALLOCATION' | 'UNALLOCATION';
  counterItemId: string;
  counterType: string | null;
  counterDocumentNumber: string | null;
  amount: Money;
  change: Money;
  openAfter: Money;
  effectiveDate: string;
  undoes: string | null;
  undoneBy: string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface ItemDetail {
  item: LedgerItem;
  /** allocations in force */
  allocations: Movement[];
  history: Movement[];
  reversal: LedgerItem | null;
}

export interface DiscountQuote {
  itemId: string;
  paymentDate: string;
  open: Money;
  percent: string;
  discount: Money;
  payable: Money;
  windowEndsOn: string | null;
}

export interface AppliedLine {
  allocationId: string;
  debitItemId: string;
  documentNumber: string;
  amount: Money;
  effectiveDate: string;
  discount: Money | null;
  debitOpenAfter: Money;
}

export interface AllocationResult {
  credit: LedgerItem;
  lines: AppliedLine[];
}

export interface LineRequest {
  debitItemId: string;
  amount: Money;
  takeDiscount: boolean;
}

export interface ReceiptRequest {
  type: ReceiptType;
  customerId: string;
  documentNumber: string;
  amount: Money;
  valueDate: string;
  reference?: string | null;
  description?: string | null;
  allocations?: LineRequest[];
}

export interface CustomerName {
  id: string;
  companyId: string;
  code: string;
  nameZh: string | null;
  nameEn: string | null;
  status: string;
}

export interface CustomerOption extends CustomerName {
  paymentTerms: string;
}

export interface Company {
  id: string;
  code: string;
  baseCurrency: string;
  timeZone: string;
}

export interface Balance {
  currency: string;
  openDebit: Money;
  unappliedCredit: Money;
}

export interface ItemQuery {
  customerId?: string;
  type?: string[];
  status?: string[];
  currency?: string;
  documentNumber?: string;
  page: number;
  size: number;
  sort?: string;
}

export const paymentsApi = {
  items: (q: ItemQuery, signal?: AbortSignal) => api.get<Page<LedgerItem>>('/ledger/items', { query: { ...q } as Query, signal }),
  detail: (id: string, signal?: AbortSignal) => api.get<ItemDetail>(`/ledger/items/${encodeURIComponent(id)}`, { signal }),
  discount: (id: string, paymentDate: string, signal?: AbortSignal) =>
    api.get<DiscountQuote>(`/ledger/items/${encodeURIComponent(id)}/discount`, { query: { paymentDate }, signal }),
  receive: (body: ReceiptRequest, idempotencyKey: string) => api.post<AllocationResult>('/ledger/receipts', body, { idempotencyKey }),
  allocate: (body: { creditItemId: string; note?: string | null; lines: LineRequest[] }, idempotencyKey: string) =>
    api.post<AllocationResult>('/ledger/allocations', body, { idempotencyKey }),
  unallocate: (allocationId: string, note: string, idempotencyKey: string) =>
    api.post<unknown>(`/ledger/allocations/${encodeURIComponent(allocationId)}/unallocation`, { note }, { idempotencyKey }),
  reverse: (receiptId: string, reason: string, date: string | null, idempotencyKey: string) =>
    api.post<unknown>(`/ledger/receipts/${encodeURIComponent(receiptId)}/reversal`, { reason, date }, { idempotencyKey }),

  customerNames: (ids: string[], signal?: AbortSignal) => api.get<CustomerName[]>('/customers/names', { query: { id: ids }, signal }),
  searchCustomers: (q: string, signal?: AbortSignal) =>
    api.get<Page<CustomerOption>>('/customers', { query: { q, size: 20, status: ['ACTIVE', 'BLOCKED'] }, signal }),
  customer: (id: string, signal?: AbortSignal) => api.get<CustomerOption>(`/customers/${encodeURIComponent(id)}`, { signal }),
  companies: (signal?: AbortSignal) => api.get<Company[]>('/companies', { signal }),
  balances: (customerId: string, signal?: AbortSignal) => api.get<Balance[]>(`/ledger/customers/${encodeURIComponent(customerId)}/balances`, { signal }),
};

/** Every open debit of a customer in one currency, oldest due first (pages of 500 until done, at most 5,000). */
export async function openDebits(customerId: string, currency: string, signal?: AbortSignal): Promise<LedgerItem[]> {
  const all: LedgerItem[] = [];
  for (let page = 0; page < 10; page++) {
    const p = await paymentsApi.items({ customerId, currency, type: ['INVOICE', 'FEE', 'INTEREST'], status: ['OPEN'], sort: 'dueDate', page, size: 500 }, signal);
    all.push(...p.items);
    if (all.length >= p.total || p.items.length === 0) break;
  }
  return all;
}
