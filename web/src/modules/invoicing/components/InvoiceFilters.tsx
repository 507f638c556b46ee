import { useEffect, useMemo, useState } from 'react';
import { DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { allows, Access } from '../../../core/auth/access';
import { useAuth } from '../../../core/auth/AuthProvider';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { INVOICE_STATUSES, PAYMENT_STATUSES, invoicingApi, type SalesRep } from '../api';
import { OVERDUE_PRESETS } from '../listQuery';
import { CustomerSelect } from './CustomerSelect';
import { CURRENCIES } from './InvoiceHeaderFields';

const OVERDUE_LABELS: Record<string, string> = { any: 'overdueAny', '1-30': 'overdue1', '31-60': 'overdue31', '61-90': 'overdue61', '91+': 'overdue91' };

type Range = [Dayjs | null, Dayjs | null] | null;

interface Values {
  q?: string;
  status?: string[];
  paymentStatus?: string[];
  customerId?: string;
  salesRepId?: string;
  invoiceRange?: Range;
  dueRange?: Range;
  overdue?: string;
  currency?: string;
  minAmount?: string | null;
  maxAmount?: string | null;
}

const range = (from?: string, to?: string): Range => (from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null);
const day = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD') ?? '';

/** The invoice list's filters: search, status, settlement, customer, sales rep, dates, overdue days, amount. */
export function InvoiceFilters({ filters, onChange }: { filters: Record<string, string>; onChange: (f: Record<string, string>) => void }) {
  const t = useT();
  const { user } = useAuth();
  const [reps, setReps] = useState<SalesRep[] | null>(null);
  const mayListReps = allows(Access.READ_ALL, user?.roles ?? []);
  useEffect(() => {
    if (mayListReps) invoicingApi.salesReps().then(setReps, () => setReps(null));
  }, [mayListReps]);

  const values = useMemo<Values>(
    () => ({
      q: filters.q,
      status: filters.status?.split(','),
      paymentStatus: filters.paymentStatus?.split(','),
      customerId: filters.customerId,
      salesRepId: filters.salesRepId,
      invoiceRange: range(filters.invoiceFrom, filters.invoiceTo),
      dueRange: range(filters.dueFrom, filters.dueTo),
      overdue: filters.overdue,
      currency: filters.currency,
      minAmount: filters.minAmount,
      maxAmount: filters.maxAmount,
    }),
    [filters],
  );

  const onSearch = (v: Values) =>
    onChange({
      q: v.q?.trim() ?? '',
      status: v.status?.join(',') ?? '',
      paymentStatus: v.paymentStatus?.join(',') ?? '',
      customerId: v.customerId ?? '',
      salesRepId: v.salesRepId ?? '',
      invoiceFrom: day(v.invoiceRange?.[0]),
      invoiceTo: day(v.invoiceRange?.[1]),
      dueFrom: day(v.dueRange?.[0]),
      dueTo: day(v.dueRange?.[1]),
      overdue: v.overdue ?? '',
      currency: v.currency ?? '',
      minAmount: v.minAmount ?? '',
      maxAmount: v.maxAmount ?? '',
    });

  const currency = filters.currency || 'CNY';
  const items = [
    <Form.Item key="q" name="q" label={t('invoicing.filters.q')}>
      <Input allowClear placeholder={t('invoicing.filters.qHint')} />
    </Form.Item>,
    <Form.Item key="status" name="status" label={t('invoicing.filters.status')}>
      <Select mode="multiple" allowClear options={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`invoicing.status.${s}`) }))} />
    </Form.Item>,
    <Form.Item key="paymentStatus" name="paymentStatus" label={t('invoicing.filters.paymentStatus')}>
      <Select mode="multiple" allowClear options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`invoicing.paymentStatus.${s}`) }))} />
    </Form.Item>,
    <Form.Item key="customerId" name="customerId" label={t('invoicing.filters.customer')}>
      <CustomerSelect allowClear />
    </Form.Item>,
    <Form.Item key="invoiceRange" name="invoiceRange" label={t('invoicing.filters.invoiceRange')}>
      <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
    </Form.Item>,
    <Form.Item key="dueRange" name="dueRange" label={t('invoicing.filters.dueRange')}>
      <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
    </Form.Item>,
    <Form.Item key="overdue" name="overdue" label={t('invoicing.filters.overdue')}>
      <Select
        allowClear
        options={Object.keys(OVERDUE_PRESETS).map((k) => ({ value: k, label: t(`invoicing.filters.${OVERDUE_LABELS[k]}`) }))}
      />
    </Form.Item>,
    <Form.Item key="amount" label={t('invoicing.filters.amount')} extra={t('invoicing.filters.amountNeedsCurrency')}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name="currency" noStyle>
          <Select allowClear placeholder={t('invoicing.filters.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} style={{ width: 100 }} aria-label={t('invoicing.filters.currency')} />
        </Form.Item>
        <Form.Item name="minAmount" noStyle>
          <MoneyInput currency={currency} placeholder={t('invoicing.filters.minAmount')} aria-label={t('invoicing.filters.minAmount')} />
        </Form.Item>
        <Form.Item name="maxAmount" noStyle>
          <MoneyInput currency={currency} placeholder={t('invoicing.filters.maxAmount')} aria-label={t('invoicing.filters.maxAmount')} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>,
  ];
  if (reps) {
    items.splice(4, 0,
      <Form.Item key="salesRepId" name="salesRepId" label={t('invoicing.filters.salesRep')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={reps.map((r) => ({ value: r.id, label: r.displayName || r.username }))} />
      </Form.Item>,
    );
  }
  return (
    <FilterBar<Values> ariaLabel={t('invoicing.filters.label')} values={values} onSearch={onSearch} onReset={() => onChange({})}>
      {items}
    </FilterBar>
  );
}
