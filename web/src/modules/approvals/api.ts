import { api, type Query } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

/** An approval plus what the caller may do with it (identity ApprovalController.ApprovalResponse). */
export interface Approval {
  id: string;
  type: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  amount: Money | null;
  payload: Record<string, unknown> | null;
  status: ApprovalStatus;
  deciderRoles: string[];
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  comment: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  canDecide: boolean;
  canCancel: boolean;
}

export interface ApprovalPolicy {
  type: string;
  deciders: string[];
  thresholds: { above: Money; deciders: string[] }[];
}

export interface ApprovalSearch {
  status?: string;
  type?: string;
  page: number;
  size: number;
  sort?: string;
}

export const approvalsApi = {
  pendingForMe: (q: ApprovalSearch, signal?: AbortSignal) => api.get<Page<Approval>>('/approvals/pending-for-me', { query: { page: q.page, size: q.size, sort: q.sort }, signal }),
  requestedByMe: (q: ApprovalSearch, signal?: AbortSignal) => api.get<Page<Approval>>('/approvals/requested-by-me', { query: { status: q.status, page: q.page, size: q.size, sort: q.sort }, signal }),
  search: (q: ApprovalSearch, signal?: AbortSignal) => api.get<Page<Approval>>('/approvals', { query: { ...q } as Query, signal }),
  types: (signal?: AbortSignal) => api.get<ApprovalPolicy[]>('/approvals/types', { signal }),
  decide: (id: string, decision: 'APPROVE' | 'REJECT', comment: string) => api.post<Approval>(`/approvals/${encodeURIComponent(id)}/decision`, { decision, comment }),
  cancel: (id: string, reason: string) => api.post<Approval>(`/approvals/${encodeURIComponent(id)}/cancel`, { reason }),
};

/** Approval types the inbox describes in words; any other type shows its technical name and summary. */
export const KNOWN_TYPES = new Set(['customers.credit-limit', 'ledger.write-off']);
