import { api } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

/** The aging report's settings as the API takes them (all optional; the server fills the defaults). */
export interface AgingParams {
  asOf?: string;
  basis?: 'due' | 'document';
  buckets?: string;
  by?: GroupBy;
  companyId?: string;
  currency?: string;
  convert?: boolean;
}

export type GroupBy = 'customer' | 'sales-rep' | 'company' | 'currency';

/** One row: a group in one currency; `key` is what the items call takes as `group`. */
export interface AgingRow {
  key: string;
  code: string | null;
  nameZh: string | null;
  nameEn: string | null;
  currency: string;
  buckets: Money[];
  total: Money;
  openDebit: Money;
  unappliedCredit: Money;
  overdue: Money;
}

export interface AgingReport {
  asOf: string;
  basis: 'DUE_DATE' | 'DOCUMENT_DATE';
  buckets: string;
  labels: string[];
  by: GroupBy;
  converted: boolean;
  rows: Page<AgingRow>;
  totals: AgingRow[];
}

export interface AgingItem {
  id: string;
  customerId: string;
  customerCode: string | null;
  customerNameZh: string | null;
  customerNameEn: string | null;
  type: string;
  side: 'DEBIT' | 'CREDIT';
  documentNumber: string;
  installmentNo: number | null;
  reference: string | null;
  documentDate: string;
  dueDate: string | null;
  valueDate: string | null;
  basisDate: string;
  daysPast: number;
  bucket: number;
  originalAmount: Money;
  openAmount: Money;
  signedAmount: Money;
  convertedAmount: Money | null;
}

export interface Company {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  baseCurrency: string;
}

export interface KpiMonth {
  month: string;
  end: string;
  receivables: Money;
  openDebit: Money;
  overdue: Money;
  overdueRatio: string | null;
  sales: Money;
  collected: Money;
  dsoStandard: string | null;
  dsoCountback: string | null;
  cei: string | null;
}

export interface Dashboard {
  companyId: string;
  companyCode: string;
  companyName: string;
  companyNameEn: string | null;
  currency: string;
  asOf: string;
  receivables: Money;
  openDebit: Money;
  unappliedCredit: Money;
  overdue: Money;
  overdueRatio: string | null;
  agingLabels: string[];
  aging: Money[];
  trend: KpiMonth[];
  collections: { month: string; collected: Money; target: Money | null; ratio: string | null };
  topOverdue: { customerId: string; code: string | null; nameZh: string | null; nameEn: string | null; overdue: Money; total: Money }[];
}

export interface CollectionTarget {
  companyId: string;
  month: string;
  amount: Money;
  updatedAt: string;
  updatedBy: string;
}

const query = (p: AgingParams) => ({ ...p, convert: p.convert ? true : undefined });

export const reportingApi = {
  companies: (signal?: AbortSignal) => api.get<Company[]>('/companies', { signal }),
  aging: (p: AgingParams, page: number, size: number, sort: string | undefined, signal?: AbortSignal) =>
    api.get<AgingReport>('/reports/aging', { query: { ...query(p), page, size, sort }, signal }),
  agingItems: (p: AgingParams, group: string | undefined, bucket: number | undefined, page: number, size: number, sort: string | undefined, signal?: AbortSignal) =>
    api.get<Page<AgingItem>>('/reports/aging/items', { query: { ...query(p), group, bucket, page, size, sort }, signal }),
  agingExport: (p: AgingParams, format: 'xlsx' | 'csv', level: 'groups' | 'items', lang: string, group?: string, bucket?: number) =>
    api.download('/reports/aging/export', { query: { ...query(p), format, level, lang, group, bucket } }),
  dashboard: (companyId: string | undefined, signal?: AbortSignal) =>
    api.get<Dashboard>('/reports/dashboard', { query: { companyId }, signal }),
  kpis: (companyId: string | undefined, months: number, signal?: AbortSignal) =>
    api.get<{ companyId: string; currency: string; asOf: string; months: KpiMonth[] }>('/reports/kpis', { query: { companyId, months }, signal }),
  targets: (companyId: string | undefined, from: string, to: string, signal?: AbortSignal) =>
    api.get<CollectionTarget[]>('/reports/collection-targets', { query: { companyId, from, to }, signal }),
  setTarget: (companyId: string, month: string, amount: Money) =>
    api.put<CollectionTarget>(`/reports/collection-targets/${companyId}/${month}`, { amount }),
  deleteTarget: (companyId: string, month: string) => api.delete<void>(`/reports/collection-targets/${companyId}/${month}`),
  statementPdf: (customerId: string, from: string, to: string, lang: string) =>
    api.download(`/reports/statements/${customerId}/pdf`, { query: { from, to, lang } }),
};

/** Saves a downloaded file in the browser under the server's name (or `fallback`). */
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
