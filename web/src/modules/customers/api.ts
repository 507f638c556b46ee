import { api, type Query } from '../../core/api/client';
import type { Money, Page } from '../../core/api/types';

export type Tier = 'A' | 'B' | 'C';
export type CustomerStatus = 'ACTIVE' | 'INACTIVE' | 'BLOCKED';
export type ContactRole = 'BILLING' | 'ACCOUNTS_PAYABLE' | 'FINANCE_MANAGER' | 'CEO' | 'PURCHASING' | 'LEGAL' | 'OTHER';
export type AddressType = 'BILLING' | 'SHIPPING' | 'REGISTERED';

export const TIERS: readonly Tier[] = ['A', 'B', 'C'];
export const STATUSES: readonly CustomerStatus[] = ['ACTIVE', 'INACTIVE', 'BLOCKED'];
export const CONTACT_ROLES: readonly ContactRole[] = ['BILLING', 'ACCOUNTS_PAYABLE', 'FINANCE_MANAGER', 'CEO', 'PURCHASING', 'LEGAL', 'OTHER'];
export const ADDRESS_TYPES: readonly AddressType[] = ['BILLING', 'REGISTERED', 'SHIPPING'];

/** One row of the customer list (CustomerResponses.CustomerListItem). */
export interface CustomerListItem {
  id: string;
  companyId: string;
  code: string;
  nameZh: string | null;
  nameEn: string | null;
  taxId: string | null;
  country: string;
  region: string | null;
  tier: Tier;
  creditLimit: Money | null;
  /** compact terms: `2/10,NET30`, `EOM60` */
  paymentTerms: string;
  salesRepId: string | null;
  status: CustomerStatus;
  tags: string[];
  version: number;
}

export interface Contact {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  language: string;
  role: ContactRole;
  primary: boolean;
  version: number;
}

export interface Address {
  id: string;
  type: AddressType;
  country: string;
  province: string | null;
  city: string | null;
  district: string | null;
  line: string | null;
  postcode: string | null;
  version: number;
}

export interface BankAccount {
  id: string;
  accountNumber: string;
  numberKey: string;
  iban: boolean;
  bankName: string | null;
  holderName: string | null;
  bic: string | null;
  currency: string | null;
  version: number;
}

export interface PayerAlias {
  id: string;
  name: string;
  nameKey: string;
  source: 'MANUAL' | 'LEARNED' | 'IMPORT';
  createdAt: string;
}

/** The 360° record (CustomerResponses.CustomerResponse). */
export interface Customer extends CustomerListItem {
  createdAt: string;
  updatedAt: string;
  addresses: Address[];
  contacts: Contact[];
  bankAccounts: BankAccount[];
  aliases: PayerAlias[];
}

export interface Company {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  baseCurrency: string;
  timeZone: string;
}

export interface SalesRep {
  id: string;
  username: string;
  displayName: string | null;
  enabled: boolean;
}

/** The editable fields of a customer (PUT replaces all of them). */
export interface CustomerFields {
  nameZh?: string | null;
  nameEn?: string | null;
  taxId?: string | null;
  country?: string | null;
  region?: string | null;
  tier?: Tier;
  creditLimit?: Money | null;
  paymentTerms?: string | null;
  salesRepId?: string | null;
  status?: CustomerStatus;
  tags?: string[];
}

/** Every field optional, and null where the API accepts "none". */
type Draft<T> = { [K in keyof T]?: T[K] | null };
export type ContactFields = Draft<Omit<Contact, 'id' | 'version'>>;
export type AddressFields = Draft<Omit<Address, 'id' | 'version'>>;
export type BankAccountFields = Draft<Omit<BankAccount, 'id' | 'version' | 'numberKey' | 'iban'>>;

export interface NewCustomer extends CustomerFields {
  companyId: string;
  code: string;
  contacts?: ContactFields[];
  addresses?: AddressFields[];
  bankAccounts?: BankAccountFields[];
  aliases?: string[];
}

/** A ledger item as the customer page lists it (ledger ItemResponse). */
export interface LedgerItem {
  id: string;
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
  status: 'OPEN' | 'CLEARED' | 'REVERSED';
}

export interface Balance {
  currency: string;
  asOf: string;
  openDebit: Money;
  unappliedCredit: Money;
  net: Money;
  overdue: Money;
  openDebitItems: number;
  openCreditItems: number;
}

export interface Aging {
  asOf: string;
  basis: 'DUE_DATE' | 'DOCUMENT_DATE';
  /** `current`, `1-30`, …, `>180` */
  buckets: string[];
  rows: { customerId: string; currency: string; amounts: Money[]; total: Money }[];
}

export interface PaymentStats {
  month: string | null;
  invoices: number;
  paidLate: number;
  /** days, one decimal, as a decimal string; null without invoices */
  averageDaysToPay: string | null;
  averageDaysLate: string | null;
  maxDaysLate: number;
}

export interface PaidInvoice {
  itemId: string;
  documentNumber: string;
  installmentNo: number | null;
  amount: Money;
  documentDate: string;
  dueDate: string;
  settledOn: string;
  daysToPay: number;
  daysLate: number;
}

export interface PaymentHistory {
  customerId: string;
  from: string;
  to: string;
  total: PaymentStats;
  months: PaymentStats[];
  invoices: PaidInvoice[];
  truncated: boolean;
}

export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
}

export interface Approval {
  id: string;
  type: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';
  amount: Money | null;
  requestedByName: string;
  requestedAt: string;
  summary: string;
}

export interface CustomerSearch {
  q?: string;
  companyId?: string;
  tier?: string[];
  status?: string[];
  salesRepId?: string;
  tag?: string;
  region?: string;
  page: number;
  size: number;
  sort?: string;
}

export interface ItemSearch {
  customerId: string;
  type?: string[];
  status?: string[];
  page: number;
  size: number;
  sort?: string;
}

const base = (id: string) => `/customers/${encodeURIComponent(id)}`;

export const customersApi = {
  search: (q: CustomerSearch, signal?: AbortSignal) => api.get<Page<CustomerListItem>>('/customers', { query: { ...q } as Query, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<Customer>(base(id), { signal }),
  create: (body: NewCustomer) => api.post<Customer>('/customers', body),
  update: (id: string, version: number, body: CustomerFields) => api.put<Customer>(base(id), { ...body, version }),
  deactivate: (id: string) => api.post<Customer>(`${base(id)}/deactivate`),

  addContact: (id: string, body: ContactFields) => api.post<Contact>(`${base(id)}/contacts`, body),
  updateContact: (id: string, c: Contact, body: ContactFields) => api.put<Contact>(`${base(id)}/contacts/${c.id}`, { ...body, version: c.version }),
  removeContact: (id: string, contactId: string) => api.delete<void>(`${base(id)}/contacts/${contactId}`),
  addAddress: (id: string, body: AddressFields) => api.post<Address>(`${base(id)}/addresses`, body),
  updateAddress: (id: string, a: Address, body: AddressFields) => api.put<Address>(`${base(id)}/addresses/${a.id}`, { ...body, version: a.version }),
  removeAddress: (id: string, addressId: string) => api.delete<void>(`${base(id)}/addresses/${addressId}`),
  addBankAccount: (id: string, body: BankAccountFields) => api.post<BankAccount>(`${base(id)}/bank-accounts`, body),
  updateBankAccount: (id: string, a: BankAccount, body: BankAccountFields) =>
    api.put<BankAccount>(`${base(id)}/bank-accounts/${a.id}`, { ...body, version: a.version }),
  removeBankAccount: (id: string, accountId: string) => api.delete<void>(`${base(id)}/bank-accounts/${accountId}`),
  addAlias: (id: string, name: string) => api.post<PayerAlias>(`${base(id)}/aliases`, { name }),
  removeAlias: (id: string, aliasId: string) => api.delete<void>(`${base(id)}/aliases/${aliasId}`),

  requestCreditLimit: (id: string, creditLimit: Money, reason: string) =>
    api.post<Approval>(`${base(id)}/credit-limit-requests`, { creditLimit, reason }),
  pendingCreditLimit: (id: string, signal?: AbortSignal) =>
    api.get<Page<Approval>>('/approvals', { query: { type: 'customers.credit-limit', subjectId: id, status: 'PENDING', size: 1 }, signal }),

  companies: (signal?: AbortSignal) => api.get<Company[]>('/companies', { signal }),
  salesReps: (signal?: AbortSignal) => api.get<SalesRep[]>('/users/sales-reps', { signal }),

  items: (q: ItemSearch, signal?: AbortSignal) => api.get<Page<LedgerItem>>('/ledger/items', { query: { ...q } as Query, signal }),
  balances: (id: string, signal?: AbortSignal) => api.get<Balance[]>(`/ledger/customers/${encodeURIComponent(id)}/balances`, { signal }),
  aging: (id: string, q: { asOf?: string; basis?: string }, signal?: AbortSignal) =>
    api.get<Aging>(`/ledger/customers/${encodeURIComponent(id)}/aging`, { query: q, signal }),
  paymentHistory: (id: string, q: { from?: string; to?: string }, signal?: AbortSignal) =>
    api.get<PaymentHistory>(`/ledger/customers/${encodeURIComponent(id)}/payment-history`, { query: q, signal }),
  activity: (id: string, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<AuditEntry>>('/audit', { query: { entityType: 'customers.customer', entityId: id, page, size }, signal }),
};
