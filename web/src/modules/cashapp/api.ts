import { api, type RequestOptions } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

/** Where a statement line stands (the server's cashapp LineStatus). NEW, SUGGESTED and UNMATCHED are the queue. */
export type LineStatus = 'NEW' | 'SUGGESTED' | 'UNMATCHED' | 'MATCHED' | 'ON_ACCOUNT' | 'NON_AR' | 'NOT_RECEIPT' | 'DUPLICATE';
export const QUEUE_STATUSES: LineStatus[] = ['NEW', 'SUGGESTED', 'UNMATCHED'];
export const DONE_STATUSES: LineStatus[] = ['MATCHED', 'ON_ACCOUNT', 'NON_AR'];

export interface CsvMapping {
  columns: Record<string, string>;
  datePattern?: string | null;
  decimalSeparator?: string | null;
  delimiter?: string | null;
  defaultCurrency?: string | null;
}

export interface BankAccount {
  id: string;
  companyId: string;
  accountNumber: string;
  iban: boolean;
  name: string | null;
  bankName: string | null;
  bic: string | null;
  currency: string | null;
  mapping: CsvMapping | null;
  active: boolean;
  version: number;
}

export interface BankAccountInput {
  companyId?: string;
  accountNumber: string;
  name?: string | null;
  bankName?: string | null;
  bic?: string | null;
  currency?: string | null;
  mapping?: CsvMapping | null;
  active?: boolean;
  version?: number;
}

export interface Company {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
}

export interface Counts {
  byStatus: Partial<Record<LineStatus, number>>;
  receipts: number;
  autoPosted: number;
  queued: number;
  autoMatchRate: number;
  receivedTotal: Money | null;
  appliedTotal: Money | null;
}

export interface Statement {
  id: string;
  companyId: string;
  bankAccount: { id: string; accountNumber: string; name: string | null; bankName: string | null } | null;
  source: string;
  channel: 'API' | 'CLI' | 'FOLDER';
  format: string;
  statementRef: string | null;
  account: string;
  currency: string | null;
  fromDate: string | null;
  toDate: string | null;
  opening: { amount: Money; date: string | null } | null;
  closing: { amount: Money; date: string | null } | null;
  lineCount: number;
  creditCount: number;
  duplicateEntries: number;
  warnings: string[];
  importedAt: string;
  importedBy: string;
  counts: Counts | null;
}

export interface Matching {
  lines: number;
  autoPosted: number;
  suggested: number;
  unmatched: number;
  notPosted: number;
  skipped: number;
  millis: number;
}

export interface ImportedStatement {
  id: string | null;
  duplicate: boolean;
  importedBefore: string | null;
  previousSource: string | null;
  bankAccountId: string;
  account: string;
  statementRef: string | null;
  fromDate: string | null;
  toDate: string | null;
  lines: number;
  credits: number;
  skippedEntries: { lineRef: string; amount: Money; valueDate: string; originalStatementId: string; originalSource: string }[];
  warnings: string[];
  matching: Matching | null;
}

export interface ImportResult {
  source: string;
  format: string;
  statements: ImportedStatement[];
  totals: { statements: number; duplicateStatements: number; duplicateEntries: number; autoPosted: number; queued: number; notPosted: number };
}

export interface Line {
  id: string;
  statementId: string;
  companyId: string;
  ordinal: number;
  lineRef: string;
  bookingDate: string | null;
  valueDate: string;
  amount: Money;
  payerName: string;
  payerAccount: string;
  remittance: string;
  structuredRefs: string[];
  endToEndId: string;
  bankReference: string;
  booked: boolean;
  status: LineStatus;
  resolution: 'AUTO' | 'MANUAL' | null;
  engineStatus: string | null;
  confidence: number | null;
  customerId: string | null;
  customerName: string | null;
  note: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  version: number;
}

export interface Explanation {
  key: string;
  args: string[];
  weight: number;
  /** Translated by the server into the request's language. */
  text: string;
}

export interface SuggestedAllocation {
  itemId: string;
  documentNumber: string;
  customerId: string;
  customerName: string | null;
  applied: Money;
  discount: Money | null;
  writeOff: Money | null;
  itemOpen: Money | null;
}

export interface Suggestion {
  rank: number;
  customerId: string;
  customerName: string | null;
  allocations: SuggestedAllocation[];
  onAccount: Money;
  confidence: number;
  reasons: Explanation[];
  blocker: string | null;
  blockerText: string | null;
}

export interface PostingReceipt {
  receiptId: string;
  documentNumber: string;
  customerName: string | null;
  amount: Money;
  onAccount: Money;
  applied: { itemId: string; documentNumber: string; amount: Money; discount: Money | null; writeOff: Money | null; openAfter: Money }[];
}

export interface Posting {
  id: string;
  kind: 'MATCH' | 'ON_ACCOUNT';
  mode: 'AUTO' | 'MANUAL';
  postedAt: string;
  postedBy: string;
  reversedAt: string | null;
  reversedBy: string | null;
  reversalReason: string | null;
  receipts: PostingReceipt[];
}

export interface LineDetail {
  line: Line;
  suggestions: Suggestion[];
  notes: Explanation[];
  posting: Posting | null;
  history: Posting[];
  duplicateOf: { lineId: string; statementId: string; lineRef: string } | null;
}

export interface OpenItem {
  id: string;
  customerId: string;
  customerName: string | null;
  type: string;
  documentNumber: string;
  installmentNo: number | null;
  originalAmount: Money;
  openAmount: Money;
  documentDate: string;
  dueDate: string;
  discount: Money;
  payable: Money;
  discountUntil: string | null;
}

export interface CustomerOption {
  id: string;
  code: string;
  nameZh: string | null;
  nameEn: string | null;
}

export interface SplitAllocation {
  itemId: string;
  amount: Money;
  takeDiscount: boolean;
  writeOff?: Money | null;
}

const base = '/cashapp';
type Keyed = { idempotencyKey?: string };

export const cashApi = {
  bankAccounts: (companyId?: string, signal?: AbortSignal) => api.get<BankAccount[]>(`${base}/bank-accounts`, { query: { companyId }, signal }),
  createBankAccount: (body: BankAccountInput) => api.post<BankAccount>(`${base}/bank-accounts`, body),
  updateBankAccount: (id: string, body: BankAccountInput) => api.put<BankAccount>(`${base}/bank-accounts/${id}`, body),
  deleteBankAccount: (id: string) => api.delete<void>(`${base}/bank-accounts/${id}`),
  companies: () => api.get<Company[]>('/companies'),

  statements: (query: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    api.get<Page<Statement>>(`${base}/statements`, { query, signal }),
  statement: (id: string, signal?: AbortSignal) => api.get<Statement>(`${base}/statements/${id}`, { signal }),
  upload: (file: File, options: { bankAccountId?: string; format?: string; match: boolean }, opts?: RequestOptions) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<ImportResult>(`${base}/statements`, form, {
      ...opts,
      query: { bankAccountId: options.bankAccountId, format: options.format, match: options.match },
    });
  },
  rematch: (id: string) => api.post<Matching>(`${base}/statements/${id}/match`),

  lines: (query: Record<string, string | number | readonly string[] | undefined>, signal?: AbortSignal) =>
    api.get<Page<Line>>(`${base}/lines`, { query, signal }),
  line: (id: string, signal?: AbortSignal) => api.get<LineDetail>(`${base}/lines/${id}`, { signal }),
  openItems: (id: string, query: { number?: string; customerId?: string; page?: number; size?: number }, signal?: AbortSignal) =>
    api.get<Page<OpenItem>>(`${base}/lines/${id}/open-items`, { query, signal }),
  customers: (companyId: string, q: string, signal?: AbortSignal) =>
    api.get<Page<CustomerOption>>('/customers', { query: { companyId, q, size: 20 }, signal }),

  accept: (id: string, suggestion: number, version: number, o: Keyed) =>
    api.post<LineDetail>(`${base}/lines/${id}/accept`, { suggestion, version }, o),
  split: (id: string, body: { allocations: SplitAllocation[]; customerId?: string; version: number }, o: Keyed) =>
    api.post<LineDetail>(`${base}/lines/${id}/split`, body, o),
  onAccount: (id: string, customerId: string, version: number, o: Keyed) =>
    api.post<LineDetail>(`${base}/lines/${id}/on-account`, { customerId, version }, o),
  notAr: (id: string, reason: string, version: number, o: Keyed) =>
    api.post<LineDetail>(`${base}/lines/${id}/not-ar`, { reason, version }, o),
  undo: (id: string, reason: string, version: number, o: Keyed) =>
    api.post<LineDetail>(`${base}/lines/${id}/undo`, { reason, version }, o),
};
