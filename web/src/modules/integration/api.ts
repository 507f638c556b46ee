import { api, download } from '../../core/api/client';
import type { Page } from '../../core/api/types';

/** What a file holds (the server's ImportType). */
export type ImportType = 'CUSTOMERS' | 'OPEN_INVOICES' | 'SETTLED_INVOICES' | 'PAYMENTS';
export const IMPORT_TYPES: ImportType[] = ['OPEN_INVOICES', 'SETTLED_INVOICES', 'PAYMENTS', 'CUSTOMERS'];

export type DateFormat = 'AUTO' | 'ISO' | 'MDY' | 'DMY' | 'YMD' | 'YYYYMMDD' | 'EXCEL';
export const DATE_FORMATS: DateFormat[] = ['AUTO', 'ISO', 'MDY', 'DMY', 'YMD', 'YYYYMMDD', 'EXCEL'];

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface FieldSpec {
  name: string;
  type: string;
  required: boolean;
  oneOfGroup: string | null;
  values: string[];
}

export interface ImportTypeSpec {
  type: ImportType;
  fields: FieldSpec[];
}

/** File header → field name (or `attr.<name>`); an empty string ignores the column. */
export interface ColumnMapping {
  columns: Record<string, string>;
  dateFormat?: DateFormat | null;
  decimalSeparator?: string | null;
  defaultCurrency?: string | null;
  createMissingCustomers?: boolean | null;
}

export interface Progress {
  rowsRead: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  customersCreated: number;
  bytesRead: number;
  totalBytes: number;
  percent: number;
}

export interface ImportJob {
  id: string;
  type: ImportType;
  status: ImportStatus;
  companyId: string;
  fileName: string;
  sha256: string;
  fileBytes: number;
  format: string;
  encoding: string | null;
  dryRun: boolean;
  progress: Progress;
  previousJobId: string | null;
  ignoredColumns: string[];
  failureCode: string | null;
  failureMessage: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Upload {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  format: string;
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  header: string[];
  sample: string[][];
  earlierImports: ImportJob[];
}

export interface RowProblem {
  column: string | null;
  field: string | null;
  code: string;
  args: string[];
  message: string;
}

export interface PreviewRow {
  rowNumber: number;
  cells: string[];
  values: Record<string, string>;
  problems: RowProblem[];
}

export interface Preview {
  header: string[];
  mapping: ColumnMapping;
  ignoredColumns: string[];
  unmappedRequired: string[];
  suggestedDateFormat: DateFormat | null;
  rows: PreviewRow[];
}

export interface RejectedRow {
  rowNumber: number;
  problems: RowProblem[];
  cells: string[];
}

export interface SavedMapping {
  id: string;
  name: string;
  type: ImportType;
  companyId: string | null;
  owner: string | null;
  preset: boolean;
  mapping: ColumnMapping;
  updatedAt: string | null;
}

export interface Company {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  baseCurrency: string;
}

export interface StartImport {
  uploadId: string;
  type: ImportType;
  companyId: string;
  mapping: ColumnMapping;
  encoding?: string | null;
  sheet?: string | null;
  dryRun: boolean;
}

export const integrationApi = {
  types: () => api.get<ImportTypeSpec[]>('/imports/types'),
  companies: () => api.get<Company[]>('/companies'),
  upload: (file: File, encoding?: string | null) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<Upload>('/imports/uploads', form, { query: { encoding: encoding ?? undefined } });
  },
  reread: (id: string, encoding: string | null, sheet: string | null) =>
    api.post<Upload>(`/imports/uploads/${id}/read`, { encoding, sheet }),
  preview: (id: string, body: { type: ImportType; companyId: string; mapping: ColumnMapping; encoding?: string | null; sheet?: string | null }) =>
    api.post<Preview>(`/imports/uploads/${id}/preview`, body),
  start: (body: StartImport, idempotencyKey: string) => api.post<ImportJob>('/imports', body, { idempotencyKey }),
  job: (id: string, signal?: AbortSignal) => api.get<ImportJob>(`/imports/${id}`, { signal }),
  jobs: (q: { type?: string; page: number; size: number }, signal?: AbortSignal) =>
    api.get<Page<ImportJob>>('/imports', { query: { ...q }, signal }),
  rejected: (id: string, q: { page: number; size: number }, signal?: AbortSignal) =>
    api.get<Page<RejectedRow>>(`/imports/${id}/rejected`, { query: { ...q }, signal }),
  downloadRejected: (id: string, format: 'csv' | 'xlsx') => download(`/imports/${id}/rejected/download`, { query: { format } }),
  mappings: (type: ImportType, companyId?: string) => api.get<SavedMapping[]>('/imports/mappings', { query: { type, companyId } }),
  saveMapping: (body: { name: string; type: ImportType; companyId: string | null; mapping: ColumnMapping }) =>
    api.post<SavedMapping>('/imports/mappings', body),
  updateMapping: (id: string, body: { name: string; type: ImportType; companyId: string | null; mapping: ColumnMapping }) =>
    api.put<SavedMapping>(`/imports/mappings/${id}`, body),
  deleteMapping: (id: string) => api.delete<void>(`/imports/mappings/${id}`),
};

/** Saves a downloaded blob under its name (the browser's download). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
