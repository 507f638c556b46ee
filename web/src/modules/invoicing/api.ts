import { api, newIdempotencyKey } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

export type InvoiceStatus = 'DRAFT' | 'ISSUED' | 'CANCELLED';
export type PaymentStatus = 'OPEN' | 'PARTIALLY_SETTLED' | 'SETTLED';
export type TaxRounding = 'CN_VAT_HALF_UP' | 'HALF_EVEN';
export type ScheduleMode = 'EQUAL' | 'PERCENT';
export type CreditMode = 'FULL' | 'LINES' | 'AMOUNT';

export const INVOICE_STATUSES: InvoiceStatus[] = ['DRAFT', 'ISSUED', 'CANCELLED'];
export const PAYMENT_STATUSES: PaymentStatus[] = ['OPEN', 'PARTIALLY_SETTLED', 'SETTLED'];

/** The buyer as printed on the document (the server's invoicing.CustomerSnapshot). */
export interface CustomerSnapshot {
  code: string;
  name: string | null;
  nameEn: string | null;
  taxId: string | null;
}

export interface LineInput {
  description?: string;
  unit?: string;
  quantity?: string;
  unitPrice?: string;
  discountPercent?: string;
  taxRate?: string;
}

export interface PartInput {
  percent?: string;
  dueDate?: string;
}

export interface ScheduleInput {
  mode: ScheduleMode;
  count?: number;
  intervalMonths?: number;
  parts?: PartInput[];
}

/** The body of create, update and preview (the server's InvoiceRequest). Decimals as exact strings. */
export interface InvoiceInput {
  customerId?: string;
  companyId?: string;
  currency?: string;
  invoiceDate?: string;
  paymentTerms?: string;
  dueDate?: string;
  pricesIncludeTax?: boolean;
  taxRounding?: TaxRounding;
  reference?: string;
  notes?: string;
  lines: LineInput[];
  schedule?: ScheduleInput | null;
  version?: number;
}

export interface PricedLine {
  lineNo: number;
  description: string;
  unit: string | null;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  listAmount: Money;
  discountAmount: Money;
  netAmount: Money;
  taxAmount: Money;
  grossAmount: Money;
}

export interface Totals {
  list: Money;
  discount: Money;
  net: Money;
  tax: Money;
  gross: Money;
}

export interface TaxGroup {
  taxRate: string;
  net: Money;
  tax: Money;
  gross: Money;
}

export interface Installment {
  installmentNo: number;
  percent: string | null;
  dueDate: string;
  amount: Money;
  openAmount: Money | null;
  ledgerItemId: string | null;
}

export interface InvoicePreview {
  companyId: string;
  currency: string;
  paymentTerms: string;
  dueDate: string;
  pricesIncludeTax: boolean;
  taxRounding: TaxRounding;
  lines: PricedLine[];
  totals: Totals;
  taxGroups: TaxGroup[];
  installments: Installment[];
}

export interface Invoice extends InvoicePreview {
  id: string;
  customerId: string;
  customer: CustomerSnapshot;
  status: InvoiceStatus;
  number: string | null;
  invoiceDate: string;
  requestedDueDate: string | null;
  nextDueDate: string | null;
  schedule: ScheduleInput | null;
  reference: string | null;
  notes: string | null;
  openAmount: Money | null;
  creditedAmount: Money;
  paymentStatus: PaymentStatus | null;
  daysOverdue: number | null;
  version: number;
  stamps: { createdAt: string; createdBy: string; updatedAt: string; updatedBy: string; issuedAt: string | null; issuedBy: string | null };
}

export interface InvoiceSummary {
  id: string;
  companyId: string;
  customerId: string;
  customer: CustomerSnapshot;
  status: InvoiceStatus;
  number: string | null;
  invoiceDate: string;
  dueDate: string;
  nextDueDate: string | null;
  grossAmount: Money;
  taxAmount: Money;
  openAmount: Money | null;
  creditedAmount: Money;
  paymentStatus: PaymentStatus | null;
  daysOverdue: number | null;
  installments: number;
  reference: string | null;
  version: number;
  createdAt: string;
}

/** One allocation row seen from a document's ledger item (the ledger's ItemDetail.Movement). */
export interface Movement {
  allocationId: string;
  kind: 'ALLOCATION' | 'UNALLOCATION';
  counterItemId: string;
  counterType: string;
  counterDocumentNumber: string;
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

export interface LedgerItem {
  installmentNo: number | null;
  itemId: string;
  status: 'OPEN' | 'CLEARED' | 'REVERSED';
  originalAmount: Money;
  openAmount: Money;
  dueDate: string | null;
  allocations: Movement[];
  history: Movement[];
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
}

export interface CreditNoteLine {
  lineNo: number;
  invoiceLineNo: number | null;
  description: string | null;
  unit: string | null;
  quantity: string | null;
  unitPrice: string | null;
  taxRate: string;
  netAmount: Money;
  taxAmount: Money;
  grossAmount: Money;
}

export interface CreditNote {
  id: string;
  number: string;
  invoiceId: string;
  invoiceNumber: string;
  companyId: string;
  customerId: string;
  customer: CustomerSnapshot;
  currency: string;
  creditDate: string;
  mode: CreditMode;
  reason: string;
  lines: CreditNoteLine[];
  totals: Totals;
  taxGroups: TaxGroup[];
  appliedAmount: Money;
  ledgerItemId: string;
  createdAt: string;
  createdBy: string;
}

export interface InvoiceDetail {
  invoice: Invoice;
  creditNotes: CreditNote[];
  ledger: LedgerItem[];
  history: HistoryEntry[];
}

export interface CreditNoteDetail {
  creditNote: CreditNote;
  ledger: LedgerItem | null;
  history: HistoryEntry[];
}

export interface CreditNoteSummary {
  id: string;
  number: string;
  invoiceId: string;
  invoiceNumber: string;
  customerId: string;
  customer: CustomerSnapshot;
  creditDate: string;
  mode: CreditMode;
  reason: string;
  grossAmount: Money;
  taxAmount: Money;
  appliedAmount: Money;
  createdAt: string;
}

export interface CreditNoteInput {
  invoiceId: string;
  creditDate?: string;
  mode: CreditMode;
  reason?: string;
  lines?: { lineNo: number; quantity?: string }[];
  amount?: Money;
}

export interface CreditNotePreview {
  lines: CreditNoteLine[];
  totals: Totals;
  taxGroups: TaxGroup[];
  creditableBefore: Money;
  creditableAfter: Money;
}

export interface BulkIssueResult {
  issued: number;
  refused: number;
  outcomes: { id: string; issued: boolean; number: string | null; code: string | null; message: string | null }[];
}

/** Query parameters of the invoice list (as the URL keeps them). */
export type InvoiceListQuery = Record<string, string | number | string[] | undefined>;

export interface CustomerOption {
  id: string;
  code: string;
  nameZh: string | null;
  nameEn: string | null;
}

export interface SalesRep {
  id: string;
  username: string;
  displayName: string;
  enabled: boolean;
}

export const invoicingApi = {
  list: (query: InvoiceListQuery, signal?: AbortSignal) => api.get<Page<InvoiceSummary>>('/invoices', { query, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<InvoiceDetail>(`/invoices/${id}`, { signal }),
  preview: (body: InvoiceInput, signal?: AbortSignal) => api.post<InvoicePreview>('/invoices/preview', body, { signal }),
  create: (body: InvoiceInput, idempotencyKey: string) => api.post<Invoice>('/invoices', body, { idempotencyKey }),
  update: (id: string, body: InvoiceInput) => api.put<Invoice>(`/invoices/${id}`, body),
  discard: (id: string, version: number) => api.delete<void>(`/invoices/${id}`, { query: { version } }),
  issue: (id: string, version: number | undefined, idempotencyKey: string) =>
    api.post<Invoice>(`/invoices/${id}/issue`, { version }, { idempotencyKey }),
  issueMany: (ids: string[], idempotencyKey: string) => api.post<BulkIssueResult>('/invoices/issue', { ids }, { idempotencyKey }),
  exportCsv: (query: InvoiceListQuery) => api.download('/invoices/export', { query }),
  pdf: (id: string, lang: string) => api.download(`/invoices/${id}/pdf`, { query: { lang } }),
  creditNotes: (query: InvoiceListQuery, signal?: AbortSignal) => api.get<Page<CreditNoteSummary>>('/credit-notes', { query, signal }),
  creditNote: (id: string, signal?: AbortSignal) => api.get<CreditNoteDetail>(`/credit-notes/${id}`, { signal }),
  previewCreditNote: (body: CreditNoteInput, signal?: AbortSignal) => api.post<CreditNotePreview>('/credit-notes/preview', body, { signal }),
  issueCreditNote: (body: CreditNoteInput, idempotencyKey: string) => api.post<CreditNote>('/credit-notes', body, { idempotencyKey }),
  exportCreditNotes: (query: InvoiceListQuery) => api.download('/credit-notes/export', { query }),
  creditNotePdf: (id: string, lang: string) => api.download(`/credit-notes/${id}/pdf`, { query: { lang } }),
  customers: (q: string, signal?: AbortSignal) =>
    api.get<Page<CustomerOption>>('/customers', { query: { q, size: 20, status: 'ACTIVE' }, signal }),
  customer: (id: string) => api.get<CustomerOption & { paymentTerms: string; companyId: string }>(`/customers/${id}`),
  salesReps: () => api.get<SalesRep[]>('/sales-reps'),
};

export { newIdempotencyKey };

/** Saves a file the API handed out under the name it suggested. */
export function saveFile(file: { blob: Blob; filename: string | null }, fallback: string): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename ?? fallback;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
