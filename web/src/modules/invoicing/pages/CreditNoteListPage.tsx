import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, DatePicker, Form, Input, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { invoicingApi, saveFile, type CreditNoteSummary, type InvoiceListQuery } from '../api';
import { CustomerSelect, customerLabel } from '../components/CustomerSelect';

const FILTERS = ['q', 'customerId', 'from', 'to'] as const;

interface Values {
  q?: string;
  customerId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function toQuery(q: TableQuery): InvoiceListQuery {
  return { ...q.filters, page: q.page, size: q.size, sort: q.sort };
}

/** All credit notes, filtered, sorted and paged on the server; export the selected or all matching ones. */
export default function CreditNoteListPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [query, setQuery] = useTableQuery({ size: 50, sort: '-creditDate', filterKeys: FILTERS });
  const [selected, setSelected] = useState<string[]>([]);
  const load = useCallback((q: TableQuery, signal: AbortSignal) => invoicingApi.creditNotes(toQuery(q), signal), []);

  const values = useMemo<Values>(() => {
    const f = query.filters;
    return { q: f.q, customerId: f.customerId, period: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null };
  }, [query.filters]);
  const onSearch = (v: Values) =>
    setQuery({ filters: { q: v.q?.trim() ?? '', customerId: v.customerId ?? '', from: v.period?.[0]?.format('YYYY-MM-DD') ?? '', to: v.period?.[1]?.format('YYYY-MM-DD') ?? '' } });

  const exportCsv = () => {
    const { page: _p, size: _s, ...filters } = toQuery(query);
    invoicingApi
      .exportCreditNotes(selected.length ? { ids: selected.join(','), sort: query.sort } : filters)
      .then((f) => saveFile(f, 'credit-notes.csv'))
      .catch((e: unknown) => message.error(describeError(e, t).title));
  };

  const columns: ColumnsType<CreditNoteSummary> = [
    { title: t('invoicing.columns.number'), key: 'number', sorter: true, render: (_: unknown, r) => <Link to={`/credit-notes/${r.id}`}>{r.number}</Link> },
    { title: t('invoicing.columns.invoice'), key: 'invoiceNumber', sorter: true, render: (_: unknown, r) => <Link to={`/invoices/${r.invoiceId}`}>{r.invoiceNumber}</Link> },
    { title: t('invoicing.columns.customer'), key: 'customerCode', sorter: true, render: (_: unknown, r) => customerLabel(r.customer, lang) },
    { title: t('invoicing.columns.creditDate'), dataIndex: 'creditDate', key: 'creditDate', sorter: true, render: (d: string) => fmt.date(d) },
    { title: t('invoicing.columns.mode'), dataIndex: 'mode', key: 'mode', render: (m: string) => t(`invoicing.creditMode.${m}`) },
    { title: t('invoicing.columns.reason'), dataIndex: 'reason', key: 'reason', ellipsis: true },
    { title: t('invoicing.columns.gross'), key: 'grossAmount', sorter: true, align: 'right', render: (_: unknown, r) => fmt.money(r.grossAmount) },
    { title: t('invoicing.columns.applied'), key: 'applied', align: 'right', render: (_: unknown, r) => fmt.money(r.appliedAmount) },
  ];

  return (
    <>
      <PageHeader title={t('invoicing.creditNotes.title')} description={t('invoicing.creditNotes.description')} />
      <div style={{ background: '#fff', padding: '16px 16px 0', borderRadius: 8, marginBottom: 16 }}>
        <FilterBar<Values> ariaLabel={t('invoicing.creditNotes.filtersLabel')} values={values} onSearch={onSearch} onReset={() => setQuery({ filters: {} })}>
          {[
            <Form.Item key="q" name="q" label={t('invoicing.filters.q')}>
              <Input allowClear placeholder={t('invoicing.creditNotes.qHint')} />
            </Form.Item>,
            <Form.Item key="customerId" name="customerId" label={t('invoicing.filters.customer')}>
              <CustomerSelect allowClear />
            </Form.Item>,
            <Form.Item key="period" name="period" label={t('invoicing.creditNotes.period')}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>,
          ]}
        </FilterBar>
      </div>
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <ServerTable<CreditNoteSummary>
          ariaLabel={t('invoicing.creditNotes.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          onRowOpen={(r) => navigate(`/credit-notes/${r.id}`)}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={t('invoicing.creditNotes.empty')}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true }}
          toolbar={
            <Space>
              {selected.length > 0 && <span>{t('invoicing.bulk.selected', { count: selected.length })}</span>}
              <Button icon={<DownloadOutlined />} onClick={exportCsv}>
                {selected.length ? t('invoicing.bulk.export') : t('invoicing.bulk.exportAll')}
              </Button>
            </Space>
          }
        />
      </div>
    </>
  );
}
