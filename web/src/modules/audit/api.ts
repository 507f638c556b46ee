import { api } from '../../core/api/client';
import type { Page } from '../../core/api/types';

/** One audit row (the server's AuditTrail.AuditEntryView); before/after are JSON text or null. */
export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  rowsChecked: number;
  problems: string[];
}

export interface AuditSearch {
  entityType?: string;
  entityId?: string;
  actor?: string;
  /** ISO instants; `to` is exclusive */
  from?: string;
  to?: string;
  page: number;
  size: number;
}

export const auditApi = {
  search: (q: AuditSearch, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/audit', { query: { ...q }, signal }),
  verify: () => api.get<AuditVerification>('/audit/verify'),
};
