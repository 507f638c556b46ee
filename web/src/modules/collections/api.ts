import { api, type Query } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

/** Typed calls of the collections (dunning) API: org.openar.collections.web and disputes.web. */

export type StepChannel = 'EMAIL' | 'SMS' | 'LETTER' | 'PHONE_TASK' | 'ESCALATE_AGENCY' | 'ESCALATE_LEGAL';
export const STEP_CHANNELS: readonly StepChannel[] = ['EMAIL', 'SMS', 'LETTER', 'PHONE_TASK', 'ESCALATE_AGENCY', 'ESCALATE_LEGAL'];
export const MESSAGE_CHANNELS: readonly StepChannel[] = ['EMAIL', 'SMS', 'LETTER'];
export type Tier = 'A' | 'B' | 'C';
export const TIERS: readonly Tier[] = ['A', 'B', 'C'];

export interface StrategyStep {
  name: string;
  offsetDays: number;
  channel: StepChannel;
  templateKey: string | null;
  minOverdue: Money | null;
  skipDisputed: boolean;
  skipPromised: boolean;
  minDaysSinceContact: number | null;
  agencyId: string | null;
}

export interface Strategy {
  id: string;
  companyId: string | null;
  code: string;
  version: number;
  currentVersion: number;
  active: boolean;
  name: string | null;
  description: string | null;
  tier: Tier | null;
  segment: string | null;
  priority: number;
  steps: StrategyStep[];
  comment: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface StrategyDraft {
  name?: string | null;
  description?: string | null;
  tier?: Tier | null;
  segment?: string | null;
  priority?: number | null;
  steps: StrategyStep[];
  comment?: string | null;
}

export type VariableType = 'TEXT' | 'NUMBER' | 'MONEY' | 'DATE' | 'BOOLEAN' | 'OBJECT' | 'LIST';
export interface TemplateVariable {
  name: string;
  type: VariableType;
  required: boolean;
  description: string | null;
  example: string | null;
  fields: TemplateVariable[];
}

export const TEMPLATE_LANGUAGES = ['zh-CN', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export const TEMPLATE_PARTS = ['emailSubject', 'emailHtml', 'emailText', 'smsText', 'letterHtml'] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];
export type TemplateTexts = Partial<Record<TemplatePart, string | null>>;

export interface Template {
  key: string;
  version: number;
  currentVersion: number;
  archived: boolean;
  description: string | null;
  variables: TemplateVariable[];
  texts: Partial<Record<TemplateLanguage, TemplateTexts>>;
  channels: string[];
  comment: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface TemplatePreview {
  languages: Partial<Record<TemplateLanguage, TemplateTexts>>;
}

export type DecisionOutcome = 'SEND' | 'DEFER' | 'TASK' | 'ESCALATE' | 'CHARGE' | 'SKIP';
export const OUTCOMES: readonly DecisionOutcome[] = ['SEND', 'DEFER', 'TASK', 'ESCALATE', 'CHARGE', 'SKIP'];
export const REASONS = ['STEP_DUE', 'PROMISE_BROKEN', 'QUIET_HOURS', 'PHONE_STEP', 'NO_USABLE_CONTACT', 'PLACED', 'ESCALATION_REVIEW',
  'LATE_FEE', 'INTEREST', 'CUSTOMER_BLOCKED', 'HOLIDAY', 'CONTACT_CAP', 'RECENT_CONTACT', 'BELOW_MIN_AMOUNT', 'ITEMS_EXCLUDED',
  'NO_STRATEGY', 'SEND_FAILED'] as const;
export type DecisionReason = (typeof REASONS)[number];

export interface Run {
  id: string;
  asOf: string;
  kind: 'SCHEDULED' | 'MANUAL';
  dryRun: boolean;
  companyId: string | null;
  customerFilter: number;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED' | 'INTERRUPTED';
  startedBy: string | null;
  node: string | null;
  startedAt: string;
  finishedAt: string | null;
  customers: number;
  outcomes: Partial<Record<DecisionOutcome, number>>;
  error: string | null;
  notes: string[] | null;
}

export interface DecisionItem {
  itemId: string;
  documentNumber: string;
  dueDate: string;
  daysOverdue: number;
  open: Money;
  level: number;
  excluded: string | null;
}

export interface Decision {
  id: string;
  runId: string;
  asOf: string;
  dryRun: boolean;
  customerId: string;
  customerCode: string;
  customerName: string;
  channel: StepChannel | null;
  level: number | null;
  stepName: string | null;
  strategyId: string | null;
  strategyVersion: number | null;
  outcome: DecisionOutcome;
  reason: DecisionReason;
  detail: Record<string, unknown> | null;
  items: DecisionItem[];
  contactId: string | null;
  recipient: string | null;
  language: string | null;
  templateKey: string | null;
  notBefore: string | null;
  messageKey: string | null;
  messageId: string | null;
  taskId: string | null;
  createdAt: string;
}

export interface ScoreFactor {
  name: 'OVERDUE_AMOUNT' | 'DAYS_OVERDUE' | 'BROKEN_PROMISES' | 'RISK' | string;
  value: string | null;
  points: string;
  max: string;
  rule: string;
}

export type TaskKind = 'CALL' | 'FIND_CONTACT' | 'ESCALATION_REVIEW' | 'PROMISE_FOLLOW_UP' | 'DELIVERY_FAILED' | 'FOLLOW_UP';
export interface Task {
  id: string;
  customerId: string;
  kind: TaskKind;
  assigneeId: string | null;
  dueDate: string | null;
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  level: number | null;
  runId: string | null;
  note: string | null;
  createdAt: string;
}

export interface WorklistEntry {
  customerId: string;
  code: string;
  name: string;
  tier: Tier | null;
  region: string | null;
  salesRepId: string | null;
  collectorId: string | null;
  overdue: Money[];
  overdueInCompanyCurrency: Money | null;
  maxDaysOverdue: number;
  overdueItems: number;
  openPromises: number;
  brokenPromises12m: number;
  lastContact: string | null;
  nextActionDate: string | null;
  openTasks: Task[];
  blocked: boolean;
  score: { total: string; factors: ScoreFactor[] };
}

export type ActivityKind = 'CALL' | 'NOTE' | 'EMAIL' | 'VISIT';
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['CALL', 'NOTE', 'VISIT'];
export const CALL_OUTCOMES = ['REACHED', 'PROMISED', 'DISPUTED', 'REFUSED', 'CALLBACK_REQUESTED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export interface Activity {
  id: string;
  customerId: string;
  kind: ActivityKind;
  outcome: CallOutcome | null;
  note: string | null;
  occurredAt: string;
  nextActionDate: string | null;
  createdBy: string | null;
}

export interface ActivityInput {
  kind: ActivityKind;
  outcome?: CallOutcome | null;
  note?: string | null;
  nextActionDate?: string | null;
}

export const PROMISE_CHANNELS = ['PHONE', 'EMAIL', 'LETTER', 'IN_PERSON', 'PORTAL', 'OTHER'] as const;
export type PromiseChannel = (typeof PROMISE_CHANNELS)[number];
export type PromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN' | 'CANCELLED';
export interface PromiseToPay {
  id: string;
  customerId: string;
  amount: Money;
  promisedDate: string;
  graceDays: number;
  pausedUntil: string | null;
  channel: PromiseChannel;
  promisedBy: string | null;
  note: string | null;
  status: PromiseStatus;
  paid: Money;
  items: string[];
  recordedBy: string | null;
  createdAt: string;
  resolvedOn: string | null;
}

export interface PromiseInput {
  amount: Money;
  promisedDate: string;
  graceDays?: number | null;
  channel: PromiseChannel;
  promisedBy?: string | null;
  note?: string | null;
  items?: string[];
}

export type PlacementKind = 'AGENCY' | 'LEGAL';
export interface Agency {
  id: { value: string } | string;
  name: string;
  kind: PlacementKind;
  commissionPercent: string;
  email: string | null;
  phone: string | null;
  active: boolean;
}

/** The agency's id as a string (the server writes the typed id as it is). */
export const agencyId = (a: Agency): string => (typeof a.id === 'string' ? a.id : a.id.value);

export interface Placement {
  id: string;
  customerId: string;
  agencyId: string;
  agencyName: string;
  kind: PlacementKind;
  placedOn: string;
  commissionPercent: string;
  status: 'ACTIVE' | 'RECALLED' | 'CLOSED';
  note: string | null;
  items: { itemId: string; documentNumber: string; amount: Money }[];
  recoveries: { itemId: string; amount: Money; commission: Money; receivedOn: string }[];
  placedTotal: Money;
  recoveredTotal: Money;
  commissionTotal: Money;
  placedBy: string | null;
  createdAt: string;
  closedOn: string | null;
  closeReason: string | null;
}

export interface PlaceInput {
  agencyId: string;
  items?: string[];
  placedOn?: string | null;
  commissionPercent?: string | null;
  note?: string | null;
}

export interface Profile {
  customerId: string;
  strategyId: string | null;
  collectorId: string | null;
  timeZone: string | null;
  blockReason: string | null;
  blockedUntil: string | null;
  blockedBy: string | null;
  blockedAt: string | null;
  nextActionDate: string | null;
  version: number;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  refId: string | null;
  title: string | null;
  by: string | null;
  summary: Record<string, unknown>;
}

export const DISPUTE_REASONS = ['PRICE', 'QUANTITY', 'QUALITY', 'NOT_DELIVERED', 'DUPLICATE_BILLING', 'ALREADY_PAID', 'TAX_INVOICE',
  'CONTRACT_TERMS', 'OTHER'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];
export interface Dispute {
  id: string;
  itemId: string;
  customerId: string;
  documentNumber: string;
  openAmount: Money;
  reason: DisputeReason;
  note: string | null;
  status: 'OPEN' | 'RESOLVED';
  openedBy: string | null;
  openedAt: string;
  outcome: string | null;
}

export interface Collector {
  id: string;
  username: string;
  displayName: string;
  enabled: boolean;
}

export interface OpenItem {
  id: string;
  documentNumber: string;
  dueDate: string | null;
  openAmount: Money;
  side: 'DEBIT' | 'CREDIT';
  status: string;
}

const c = '/collections';
const cust = (id: string) => `${c}/customers/${encodeURIComponent(id)}`;

export const collectionsApi = {
  strategies: (signal?: AbortSignal) => api.get<Strategy[]>(`${c}/strategies`, { signal }),
  strategy: (id: string, signal?: AbortSignal) => api.get<Strategy>(`${c}/strategies/${encodeURIComponent(id)}`, { signal }),
  strategyVersions: (id: string, signal?: AbortSignal) => api.get<Strategy[]>(`${c}/strategies/${encodeURIComponent(id)}/versions`, { signal }),
  createStrategy: (body: StrategyDraft & { code: string; companyId?: string | null }) => api.post<Strategy>(`${c}/strategies`, body),
  updateStrategy: (id: string, baseVersion: number, body: StrategyDraft) =>
    api.put<Strategy>(`${c}/strategies/${encodeURIComponent(id)}`, { ...body, baseVersion }),
  setActive: (id: string, active: boolean) => api.post<Strategy>(`${c}/strategies/${encodeURIComponent(id)}/activation`, { active }),
  templateVariables: (signal?: AbortSignal) => api.get<TemplateVariable[]>(`${c}/strategies/template-variables`, { signal }),

  templates: (signal?: AbortSignal) => api.get<Template[]>('/notifications/templates', { signal }),
  template: (key: string, signal?: AbortSignal) => api.get<Template>(`/notifications/templates/${encodeURIComponent(key)}`, { signal }),
  templateVersions: (key: string, signal?: AbortSignal) =>
    api.get<Template[]>(`/notifications/templates/${encodeURIComponent(key)}/versions`, { signal }),
  saveTemplate: (key: string, baseVersion: number, body: { description?: string | null; variables: TemplateVariable[]; texts: Template['texts']; comment?: string | null }) =>
    api.put<Template>(`/notifications/templates/${encodeURIComponent(key)}`, { ...body, baseVersion }),
  /**
   * Live preview with sample data: template editors (credit manager) use the collections endpoint, collecting roles the
   * notifications one; both check the texts like saving does.
   */
  previewTemplate: (via: 'editor' | 'collector', body: { description?: string | null; variables: TemplateVariable[]; texts: Template['texts'] }, signal?: AbortSignal) =>
    api.post<TemplatePreview>(via === 'editor' ? `${c}/template-preview` : '/notifications/templates/preview', body, { signal }),

  run: (body: { asOf?: string | null; dryRun: boolean; companyId?: string | null; customerIds?: string[] }) => api.post<Run>(`${c}/runs`, body),
  runs: (q: { dryRun?: boolean; page: number; size: number }, signal?: AbortSignal) => api.get<Page<Run>>(`${c}/runs`, { query: q, signal }),
  getRun: (id: string, signal?: AbortSignal) => api.get<Run>(`${c}/runs/${encodeURIComponent(id)}`, { signal }),
  decisions: (q: { runId?: string; customerId?: string; outcome?: string; reason?: string; channel?: string; page: number; size: number; sort?: string }, signal?: AbortSignal) =>
    api.get<Page<Decision>>(`${c}/runs/decisions`, { query: q as Query, signal }),
  decisionPreview: (id: string, signal?: AbortSignal) => api.get<TemplatePreview>(`${c}/runs/decisions/${encodeURIComponent(id)}/preview`, { signal }),

  worklist: (q: { collectorId?: string; unassigned?: boolean; page: number; size: number; sort?: string }, signal?: AbortSignal) =>
    api.get<Page<WorklistEntry>>(`${c}/worklist`, { query: q as Query, signal }),
  collectors: (signal?: AbortSignal) => api.get<Collector[]>(`${c}/collectors`, { signal }),
  reassign: (customerIds: string[], toCollectorId: string) => api.post<{ customers: number }>(`${c}/worklist/reassignment`, { customerIds, toCollectorId }),
  completeTask: (id: string, status: 'DONE' | 'CANCELLED', note?: string) => api.post<Task>(`${c}/worklist/tasks/${encodeURIComponent(id)}/completion`, { status, note }),

  entry: (customerId: string, signal?: AbortSignal) => api.get<WorklistEntry>(`${cust(customerId)}/worklist-entry`, { signal }),
  profile: (customerId: string, signal?: AbortSignal) => api.get<Profile>(`${cust(customerId)}/profile`, { signal }),
  block: (customerId: string, reason: string, until?: string | null) => api.post<Profile>(`${cust(customerId)}/block`, { reason, until }),
  unblock: (customerId: string) => api.delete<Profile>(`${cust(customerId)}/block`),
  timeline: (customerId: string, signal?: AbortSignal) => api.get<TimelineEntry[]>(`${cust(customerId)}/timeline`, { signal }),
  activities: (customerId: string, signal?: AbortSignal) => api.get<Activity[]>(`${cust(customerId)}/activities`, { signal }),
  logActivity: (customerId: string, body: ActivityInput) => api.post<Activity>(`${cust(customerId)}/activities`, body),
  promises: (customerId: string, signal?: AbortSignal) => api.get<PromiseToPay[]>(`${cust(customerId)}/promises`, { signal }),
  promiseRate: (customerId: string, signal?: AbortSignal) => api.get<{ kept: number; broken: number; rate: number | null }>(`${cust(customerId)}/promises/rate`, { signal }),
  makePromise: (customerId: string, body: PromiseInput) => api.post<PromiseToPay>(`${cust(customerId)}/promises`, body),
  cancelPromise: (id: string, reason: string) => api.post<PromiseToPay>(`${c}/promises/${encodeURIComponent(id)}/cancellation`, { reason }),

  agencies: (includeInactive: boolean, signal?: AbortSignal) => api.get<Agency[]>(`${c}/agencies`, { query: { includeInactive }, signal }),
  addAgency: (body: { name: string; kind: PlacementKind; commissionPercent: string; email?: string | null; phone?: string | null }) =>
    api.post<Agency>(`${c}/agencies`, body),
  placements: (q: { customerId?: string; agencyId?: string; status?: string; page: number; size: number }, signal?: AbortSignal) =>
    api.get<Page<Placement>>(`${c}/placements`, { query: q as Query, signal }),
  place: (customerId: string, body: PlaceInput) => api.post<Placement>(`${cust(customerId)}/placements`, body),
  recall: (id: string, reason: string) => api.post<Placement>(`${c}/placements/${encodeURIComponent(id)}/recall`, { reason }),

  disputes: (customerId: string, signal?: AbortSignal) =>
    api.get<Page<Dispute>>('/disputes', { query: { customerId, size: 100 }, signal }),
  openDispute: (itemId: string, reason: DisputeReason, note?: string | null) => api.post<Dispute>('/disputes', { itemId, reason, note }),
  openItems: (customerId: string, signal?: AbortSignal) =>
    api.get<Page<OpenItem>>('/ledger/items', { query: { customerId, status: ['OPEN'], size: 200, sort: 'dueDate' }, signal }),
  customer: (id: string, signal?: AbortSignal) =>
    api.get<{ id: string; code: string; nameZh: string | null; nameEn: string | null; companyId: string }>(`/customers/${encodeURIComponent(id)}`, { signal }),
};
