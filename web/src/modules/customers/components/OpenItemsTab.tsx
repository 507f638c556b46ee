import { useCallback, useState } from 'react';
import { Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { daysBetween, todayIso } from '../../../core/format/dates';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { ServerTable } from '../../../core/table/ServerTable';
import type { TableQuery } from '../../../core/table/useTableQuery';
import { customersApi, type LedgerItem } from '../api';

const CASH = new Set(['PAYMENT', 'ADVANCE']);
const TYPE_COLORS: Record<string, string> = {
  INVOICE: 'blue', FEE: 'orange', INTEREST: 'volcano', CREDIT_NOTE: 'green', PAYMENT: 'cyan', ADVANCE: 'geekblue', DISCOUNT: 'lime', WRITE_OFF: 'magenta', REVERSAL: 'default',
};

type View = 'open' | 'debits' | 'credits' | 'all';

/** The customer's ledger items (GET /ledger/items?customerId=…), open ones first by due date; server-side paged. */
export function OpenItemsTab({ customerId, timeZone }: { customerId: string; timeZone?: string }) {
  const t = useT();
  const fmt = useFormat();
  const [view, setView] = useState<View>('open');
  const [query, setQuery] = useState<TableQuery>({ page: 0, size: 20, sort: 'dueDate', filters: {} });
  const today = todayIso(timeZone);

  const load = useCallback(
    (q: TableQuery, signal: AbortSignal) =>
      customersApi.items({
        customerId,
        status: view === 'all' ? undefined : ['OPEN'],
        type: view === 'debits' ? ['INVOICE', 'FEE', 'INTEREST'] : view === 'credits' ? ['CREDIT_NOTE', 'PAYMENT', 'ADVANCE'] : undefined,
        page: q.page,
        size: q.size,
        sort: q.sort,
      }, signal),
    [customerId, view],
  );
  const onQueryChange = (patch: Partial<TableQuery>) =>
    setQuery((q) => ({ ...q, ...patch, page: patch.page ?? (patch.sort !== undefined || patch.size !== undefined ? 0 : q.page) }));

  const columns: ColumnsType<LedgerItem> = [
    {
      title: t('customers.items.number'), dataIndex: 'documentNumber', key: 'documentNumber', sorter: true,
      render: (v: string, i) => {
        const label = <span className="mono">{v}{i.installmentNo ? ` / ${i.installmentNo}` : ''}</span>;
        return CASH.has(i.type) ? <Link to={`/payments/${i.id}`}>{label}</Link> : label;
      },
    },
    { title: t('customers.items.type'), dataIndex: 'type', key: 'type', sorter: true, render: (v: string) => <Tag color={TYPE_COLORS[v]}>{t(`customers.itemType.${v}`)}</Tag> },
    { title: t('customers.items.documentDate'), dataIndex: 'documentDate', key: 'documentDate', sorter: true, render: (v: string) => fmt.date(v) },
    {
      title: t('customers.items.dueDate'), dataIndex: 'dueDate', key: 'dueDate', sorter: true,
      render: (v: string | null, i) => {
        if (!v) return i.valueDate ? <Typography.Text type="secondary">{t('customers.items.valueDate', { date: fmt.date(i.valueDate) })}</Typography.Text> : '—';
        const late = i.status === 'OPEN' ? daysBetween(v, today) : 0;
        return (
          <Space size={4}>
            {fmt.date(v)}
            {late > 0 && <Tag color={late > 90 ? 'red' : late > 30 ? 'volcano' : 'orange'}>{t('customers.items.overdue', { count: late })}</Tag>}
          </Space>
        );
      },
    },
    { title: t('customers.items.original'), dataIndex: 'originalAmount', key: 'originalAmount', sorter: true, align: 'right', render: (m) => <span className="num">{fmt.money(m)}</span> },
    {
      title: t('customers.items.open'), dataIndex: 'openAmount', key: 'openAmount', sorter: true, align: 'right',
      render: (m, i) => <Typography.Text strong={i.status === 'OPEN'} type={i.side === 'CREDIT' && i.status === 'OPEN' ? 'success' : undefined} className="num">{fmt.money(m)}</Typography.Text>,
    },
    { title: t('customers.items.status'), dataIndex: 'status', key: 'status', sorter: true, render: (v: string) => <Tag color={v === 'OPEN' ? 'gold' : v === 'CLEARED' ? 'green' : 'default'}>{t(`customers.itemStatus.${v}`)}</Tag> },
    { title: t('customers.items.reference'), dataIndex: 'reference', key: 'reference', responsive: ['xxl'], render: (v: string | null) => v || '—' },
  ];

  return (
    <>
      <Segmented<View>
        value={view}
        onChange={(v) => {
          setView(v);
          setQuery((q) => ({ ...q, page: 0 }));
        }}
        options={[
          { value: 'open', label: t('customers.items.viewOpen') },
          { value: 'debits', label: t('customers.items.viewDebits') },
          { value: 'credits', label: t('customers.items.viewCredits') },
          { value: 'all', label: t('customers.items.viewAll') },
        ]}
        aria-label={t('customers.items.view')}
        style={{ marginBottom: 12 }}
      />
      <ServerTable<LedgerItem>
        ariaLabel={t('customers.tabs.items')}
        columns={columns}
        rowKey="id"
        query={query}
        onQueryChange={onQueryChange}
        load={load}
        emptyDescription={view === 'all' ? t('customers.items.emptyAll') : t('customers.items.emptyOpen')}
      />
    </>
  );
}
