import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckCircleOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { allows, Access } from '../../../core/auth/access';
import { useAuth } from '../../../core/auth/AuthProvider';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { invoicingApi, newIdempotencyKey, saveFile, type InvoiceSummary } from '../api';
import { customerLabel } from '../components/CustomerSelect';
import { InvoiceFilters } from '../components/InvoiceFilters';
import { InvoiceStatusTags } from '../components/StatusTags';
import { exportQuery, INVOICE_FILTERS, invoiceQuery } from '../listQuery';

/** All invoices: filtered, sorted and paged on the server; select rows to issue drafts or export them. */
export default function InvoiceListPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [query, setQuery] = useTableQuery({ size: 50, sort: '-invoiceDate', filterKeys: INVOICE_FILTERS });
  const [selected, setSelected] = useState<InvoiceSummary[]>([]);
  const [reloadKey, setReloadKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const canWrite = allows(Access.POST_ITEMS, user?.roles ?? []);

  const load = useCallback((q: TableQuery, signal: AbortSignal) => invoicingApi.list(invoiceQuery(q), signal), []);
  const drafts = selected.filter((s) => s.status === 'DRAFT');

  const issueSelected = async () => {
    setBusy(true);
    try {
      const r = await invoicingApi.issueMany(drafts.map((d) => d.id), newIdempotencyKey());
      const refused = r.outcomes.filter((o) => !o.issued);
      if (refused.length === 0) message.success(t('invoicing.bulk.issueResult', { issued: r.issued, refused: r.refused }));
      else
        modal.warning({
          title: t('invoicing.bulk.issueResult', { issued: r.issued, refused: r.refused }),
          content: (
            <ul style={{ paddingInlineStart: 20 }}>
              {refused.map((o) => (
                <li key={o.id}>{`${customerLabel(drafts.find((d) => d.id === o.id)?.customer ?? { code: o.id }, lang)}: ${o.message ?? o.code}`}</li>
              ))}
            </ul>
          ),
        });
      setSelected([]);
      setReloadKey((k) => k + 1);
    } catch (e) {
      message.error(describeError(e, t).title);
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = (ids: string[]) => {
    setBusy(true);
    invoicingApi
      .exportCsv(exportQuery(query, ids))
      .then((file) => saveFile(file, 'invoices.csv'))
      .catch((e: unknown) => message.error(`${describeError(e, t).title}: ${describeError(e, t).detail}`))
      .finally(() => setBusy(false));
  };

  const columns: ColumnsType<InvoiceSummary> = [
    {
      title: t('invoicing.columns.number'),
      key: 'number',
      sorter: true,
      render: (_: unknown, r) => <Link to={`/invoices/${r.id}`}>{r.number ?? <Tag>{t('invoicing.list.draftNumber')}</Tag>}</Link>,
    },
    { title: t('invoicing.columns.customer'), key: 'customerCode', sorter: true, render: (_: unknown, r) => customerLabel(r.customer, lang) },
    { title: t('invoicing.columns.invoiceDate'), dataIndex: 'invoiceDate', key: 'invoiceDate', sorter: true, render: (d: string) => fmt.date(d) },
    { title: t('invoicing.columns.dueDate'), dataIndex: 'dueDate', key: 'dueDate', sorter: true, render: (d: string) => fmt.date(d) },
    {
      title: t('invoicing.columns.daysOverdue'),
      dataIndex: 'daysOverdue',
      key: 'nextDueDate',
      sorter: true,
      align: 'right',
      render: (d: number | null) => (d ? <Typography.Text type="danger">{fmt.number(d)}</Typography.Text> : ''),
    },
    { title: t('invoicing.columns.gross'), key: 'grossAmount', sorter: true, align: 'right', render: (_: unknown, r) => fmt.money(r.grossAmount) },
    { title: t('invoicing.columns.open'), key: 'openAmount', sorter: true, align: 'right', render: (_: unknown, r) => fmt.money(r.openAmount) },
    { title: t('invoicing.columns.status'), key: 'status', sorter: true, render: (_: unknown, r) => <InvoiceStatusTags status={r.status} paymentStatus={r.paymentStatus} /> },
    { title: t('invoicing.columns.reference'), dataIndex: 'reference', key: 'reference', responsive: ['lg'] },
  ];

  const toolbar = (
    <Space wrap>
      {selected.length > 0 && <span>{t('invoicing.bulk.selected', { count: selected.length })}</span>}
      {canWrite && drafts.length > 0 && (
        <Popconfirm title={t('invoicing.bulk.issueConfirm', { count: drafts.length })} onConfirm={issueSelected}>
          <Button icon={<CheckCircleOutlined />} loading={busy} data-testid="bulk-issue">{t('invoicing.bulk.issue')}</Button>
        </Popconfirm>
      )}
      {selected.length > 0 ? (
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => exportCsv(selected.map((s) => s.id))}>{t('invoicing.bulk.export')}</Button>
      ) : (
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => exportCsv([])}>{t('invoicing.bulk.exportAll')}</Button>
      )}
    </Space>
  );

  return (
    <>
      <PageHeader
        title={t('invoicing.list.title')}
        description={t('invoicing.description')}
        extra={canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/invoices/new')} data-testid="new-invoice">{t('invoicing.list.new')}</Button>}
      />
      <div style={{ background: '#fff', padding: '16px 16px 0', borderRadius: 8, marginBottom: 16 }}>
        <InvoiceFilters filters={query.filters} onChange={(filters) => setQuery({ filters })} />
      </div>
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <ServerTable<InvoiceSummary>
          ariaLabel={t('invoicing.list.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          reloadKey={reloadKey}
          onRowOpen={(r) => navigate(`/invoices/${r.id}`)}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={t('invoicing.list.empty')}
          toolbar={toolbar}
          rowSelection={{ selectedRowKeys: selected.map((s) => s.id), onChange: (_keys, rows) => setSelected(rows), preserveSelectedRowKeys: true }}
        />
      </div>
    </>
  );
}
