import { useCallback, useMemo, useState } from 'react';
import { Button, Form, Input, Progress, Segmented, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../../../core/api/types';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { PageHeader } from '../../../core/components/PageHeader';
import { toMinor } from '../../../core/format/money';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { paymentsApi, type CustomerName, type LedgerItem } from '../api';
import { AllocationDialog } from '../components/AllocationDialog';
import { customerLabel, CustomerSelect } from '../components/CustomerSelect';
import { ReceiptStatusTag, ReceiptTypeTag } from '../components/ReceiptTags';

const FILTERS = ['view', 'customerId', 'documentNumber', 'currency', 'type'] as const;
type View = 'unapplied' | 'applied' | 'reversed' | 'all';
const STATUS_OF: Record<View, string[] | undefined> = { unapplied: ['OPEN'], applied: ['CLEARED'], reversed: ['REVERSED'], all: undefined };

export interface ReceiptRow extends LedgerItem {
  customer?: CustomerName;
}

interface FilterValues {
  customerId?: string;
  documentNumber?: string;
  currency?: string;
}

/** 收款单 list: receipts and advance receipts, by default those with money still on account (unapplied). */
export default function ReceiptListPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { user } = useAuth();
  const canPost = allows(Access.POST_CASH, user?.roles ?? []);
  const [query, setQuery] = useTableQuery({ size: 50, sort: '-documentDate', filterKeys: FILTERS });
  const view: View = (['unapplied', 'applied', 'reversed', 'all'] as const).find((v) => v === query.filters.view) ?? 'unapplied';
  const [allocating, setAllocating] = useState<ReceiptRow | null>(null);
  const [reloadKey, setReloadKey] = useState(0);

  const load = useCallback(async (q: TableQuery, signal: AbortSignal): Promise<Page<ReceiptRow>> => {
    const f = q.filters;
    const page = await paymentsApi.items({
      type: f.type ? [f.type] : ['PAYMENT', 'ADVANCE'],
      status: STATUS_OF[(f.view as View) || 'unapplied'],
      customerId: f.customerId,
      documentNumber: f.documentNumber,
      currency: f.currency,
      page: q.page,
      size: q.size,
      sort: q.sort,
    }, signal);
    const ids = [...new Set(page.items.map((i) => i.customerId))];
    const names = ids.length ? await paymentsApi.customerNames(ids, signal) : [];
    const byId = new Map(names.map((c) => [c.id, c]));
    return { ...page, items: page.items.map((i) => ({ ...i, customer: byId.get(i.customerId) })) };
  }, []);

  const filterValues = useMemo<FilterValues>(() => ({ customerId: query.filters.customerId, documentNumber: query.filters.documentNumber, currency: query.filters.currency }), [query.filters]);
  const onSearch = (v: FilterValues) =>
    setQuery({ filters: { ...query.filters, customerId: v.customerId ?? '', documentNumber: v.documentNumber?.trim() ?? '', currency: v.currency?.trim().toUpperCase() ?? '' } });

  const columns: ColumnsType<ReceiptRow> = [
    {
      title: t('payments.fields.number'), dataIndex: 'documentNumber', key: 'documentNumber', sorter: true, fixed: 'left',
      render: (v: string, r) => <Link to={`/payments/${r.id}`} className="mono">{v}</Link>,
    },
    {
      title: t('payments.fields.customer'), key: 'customer',
      render: (_: unknown, r) => (r.customer ? <Link to={`/customers/${r.customerId}`} style={{ display: 'inline-block', maxWidth: 260 }}>{customerLabel(r.customer, lang)}</Link> : <Typography.Text type="secondary" className="mono">{r.customerId.slice(0, 8)}</Typography.Text>),
    },
    { title: t('payments.fields.type'), dataIndex: 'type', key: 'type', sorter: true, render: (v: string) => <ReceiptTypeTag type={v} /> },
    { title: t('payments.fields.valueDate'), dataIndex: 'documentDate', key: 'documentDate', sorter: true, render: (_: string, r) => fmt.date(r.valueDate ?? r.documentDate) },
    { title: t('payments.fields.amount'), dataIndex: 'originalAmount', key: 'originalAmount', sorter: true, align: 'right', render: (m) => <span className="num">{fmt.money(m)}</span> },
    {
      title: t('payments.fields.unapplied'), dataIndex: 'openAmount', key: 'openAmount', sorter: true, align: 'right', width: 150,
      render: (m, r) => {
        const total = toMinor(r.originalAmount);
        const applied = total === 0n ? 0 : Number(((total - toMinor(m)) * 1000n) / total) / 10;
        return (
          <div>
            <Typography.Text strong={r.status === 'OPEN'} className="num">{fmt.money(m)}</Typography.Text>
            {r.status !== 'REVERSED' && <Progress percent={applied} size="small" showInfo={false} aria-label={t('payments.appliedShare', { percent: applied })} />}
          </div>
        );
      },
    },
    { title: t('payments.fields.status'), dataIndex: 'status', key: 'status', sorter: true, responsive: ['xl'], render: (v: string) => <ReceiptStatusTag status={v} /> },
    { title: t('payments.fields.reference'), dataIndex: 'reference', key: 'reference', responsive: ['xxl'], render: (v: string | null) => v || '—' },
    { title: t('payments.fields.recordedBy'), dataIndex: 'createdBy', key: 'createdBy', responsive: ['xxl'] },
    ...(canPost
      ? [{
          title: t('payments.columns.actions'), key: 'actions', fixed: 'right' as const,
          render: (_: unknown, r: ReceiptRow) => (r.status === 'OPEN'
            ? <Button size="small" type="link" onClick={() => setAllocating(r)}>{t('payments.actions.allocate')}</Button>
            : null),
        }]
      : []),
  ];

  const allocatingCustomer = allocating?.customer ? customerLabel(allocating.customer, lang) : '';
  return (
    <>
      <PageHeader
        title={t('payments.title')}
        description={t('payments.description')}
        extra={canPost && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/payments/new')} data-testid="record-receipt">{t('payments.actions.record')}</Button>}
      />
      <div className="panel filter-panel">
        <Segmented<View>
          value={view}
          onChange={(v) => setQuery({ filters: { ...query.filters, view: v === 'unapplied' ? '' : v } })}
          aria-label={t('payments.views.label')}
          options={[
            { value: 'unapplied', label: t('payments.views.unapplied') },
            { value: 'applied', label: t('payments.views.applied') },
            { value: 'reversed', label: t('payments.views.reversed') },
            { value: 'all', label: t('payments.views.all') },
          ]}
          style={{ marginBottom: 16 }}
        />
        <FilterBar<FilterValues> ariaLabel={t('payments.filters.label')} values={filterValues} onSearch={onSearch} onReset={() => setQuery({ filters: { view: query.filters.view ?? '' } })}>
          {[
            <Form.Item key="customerId" name="customerId" label={t('payments.fields.customer')}>
              <CustomerSelect allowClear />
            </Form.Item>,
            <Form.Item key="documentNumber" name="documentNumber" label={t('payments.fields.number')}>
              <Input allowClear />
            </Form.Item>,
            <Form.Item key="currency" name="currency" label={t('payments.fields.currency')}>
              <Input allowClear maxLength={3} style={{ textTransform: 'uppercase' }} />
            </Form.Item>,
          ]}
        </FilterBar>
      </div>
      <div className="panel">
        <ServerTable<ReceiptRow>
          ariaLabel={t('payments.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          reloadKey={reloadKey}
          onRowOpen={(r) => navigate(`/payments/${r.id}`)}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={
            <Space orientation="vertical">
              <span>{t(view === 'unapplied' ? 'payments.emptyUnapplied' : 'payments.empty')}</span>
              {canPost && <Button type="primary" onClick={() => navigate('/payments/new')}>{t('payments.actions.record')}</Button>}
            </Space>
          }
        />
      </div>
      {allocating && (
        <AllocationDialog
          open
          target={{ kind: 'existing', credit: allocating }}
          customerLabel={allocatingCustomer}
          onClose={() => setAllocating(null)}
          onDone={(result) => {
            setAllocating(null);
            setReloadKey((k) => k + 1);
            navigate(`/payments/${result.credit.id}`, { state: { allocated: result.lines.length } });
          }}
        />
      )}
    </>
  );
}
