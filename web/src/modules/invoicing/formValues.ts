import dayjs, { type Dayjs } from 'dayjs';
import type { Invoice, InvoiceInput, LineInput, ScheduleMode, TaxRounding } from './api';

/** How the invoice form holds its values: dates as dayjs, decimals as exact strings, the schedule mode explicit. */
export interface InvoiceFormValues {
  customerId?: string;
  invoiceDate?: Dayjs | null;
  currency?: string;
  paymentTerms?: string;
  dueDate?: Dayjs | null;
  pricesIncludeTax?: boolean;
  taxRounding?: TaxRounding;
  reference?: string;
  notes?: string;
  lines?: (LineInput | undefined)[];
  schedule?: {
    mode?: 'SINGLE' | ScheduleMode;
    count?: number | null;
    intervalMonths?: number | null;
    parts?: ({ percent?: string | null; dueDate?: Dayjs | null } | undefined)[];
  };
}

export const COMMON_TAX_RATES = ['13', '9', '6', '5', '3', '1', '0'] as const;

export function emptyLine(): LineInput {
  return { description: '', unit: '', quantity: '1', unitPrice: undefined, discountPercent: undefined, taxRate: '13' };
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const text = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? undefined : s.trim());
const decimal = (s: string | number | null | undefined) => (s === null || s === undefined || String(s).trim() === '' ? undefined : String(s).trim());

/** The API body for the form's values; blank fields are left out so the server's defaults apply. */
export function toInput(v: InvoiceFormValues, version?: number): InvoiceInput {
  const mode = v.schedule?.mode ?? 'SINGLE';
  return {
    customerId: v.customerId,
    invoiceDate: iso(v.invoiceDate),
    currency: text(v.currency),
    paymentTerms: text(v.paymentTerms),
    dueDate: iso(v.dueDate),
    pricesIncludeTax: v.pricesIncludeTax ?? false,
    taxRounding: v.taxRounding,
    reference: text(v.reference),
    notes: text(v.notes),
    lines: (v.lines ?? []).map((l) => ({
      description: text(l?.description),
      unit: text(l?.unit),
      quantity: decimal(l?.quantity),
      unitPrice: decimal(l?.unitPrice),
      discountPercent: decimal(l?.discountPercent),
      taxRate: decimal(l?.taxRate),
    })),
    schedule:
      mode === 'SINGLE'
        ? null
        : {
            mode,
            count: mode === 'EQUAL' ? (v.schedule?.count ?? undefined) : undefined,
            intervalMonths: v.schedule?.intervalMonths ?? undefined,
            parts: mode === 'PERCENT' ? (v.schedule?.parts ?? []).map((p) => ({ percent: decimal(p?.percent), dueDate: iso(p?.dueDate) })) : undefined,
          },
    version,
  };
}

/**
 * What the live preview sends: only lines with quantity, price and rate (the row being typed is left out until it is
 * complete), a placeholder description where none is typed yet. Null when there is nothing to compute.
 */
export function toPreviewInput(v: InvoiceFormValues): InvoiceInput | null {
  if (!v.customerId || !v.invoiceDate) return null;
  const input = toInput(v);
  const lines = input.lines
    .filter((l) => l.quantity && l.unitPrice && l.taxRate)
    .map((l) => ({ ...l, description: l.description ?? '—' }));
  if (lines.length === 0) return null;
  return { ...input, lines };
}

/** The form's values for a saved draft. */
export function fromInvoice(inv: Invoice): InvoiceFormValues {
  const schedule = inv.schedule;
  return {
    customerId: inv.customerId,
    invoiceDate: dayjs(inv.invoiceDate),
    currency: inv.currency,
    paymentTerms: inv.paymentTerms,
    dueDate: inv.requestedDueDate ? dayjs(inv.requestedDueDate) : null,
    pricesIncludeTax: inv.pricesIncludeTax,
    taxRounding: inv.taxRounding,
    reference: inv.reference ?? undefined,
    notes: inv.notes ?? undefined,
    lines: inv.lines.map((l) => ({
      description: l.description,
      unit: l.unit ?? '',
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountPercent: /^0*(\.0*)?$/.test(l.discountPercent) ? undefined : l.discountPercent,
      taxRate: l.taxRate,
    })),
    schedule: schedule
      ? {
          mode: schedule.mode,
          count: schedule.count ?? (schedule.mode === 'EQUAL' ? (schedule.parts?.length ?? null) : null),
          intervalMonths: schedule.intervalMonths ?? null,
          parts: (schedule.parts ?? []).map((p) => ({ percent: p.percent ?? null, dueDate: p.dueDate ? dayjs(p.dueDate) : null })),
        }
      : { mode: 'SINGLE' },
  };
}
