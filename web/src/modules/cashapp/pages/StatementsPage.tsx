import { useCallback, useEffect, useMemo, useState } from 'react';
import { App, Button, DatePicker, Form, Input, Progress, Select, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CloudUploadOutlined, SyncOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { cashApi, type BankAccount, type Statement } from '../api';
import { StatusCounts } from '../components/StatusTags';
import { UploadDialog } from '../components/UploadDialog';

const FILTERS = ['bankAccountId', 'from', 'to', 'q'] as const;

interface FilterValues {
  bankAccountId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
  q?: string;
}

/** Imported statements with their auto-match rate and lines by status; upload opens from here. */
export default function StatementsPage() {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canPost = allows(Access.POST_CASH, user?.roles ?? []);
  const [query, setQuery] = useTableQuery({ size: 20, sort: '-importedAt', filterKeys: FILTERS });
  const [uploading, setUploading] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const [accounts, setAccounts] = useState<BankAccount[]>([]);

  useEffect(() => {
    const c = new AbortController();
    cashApi.bankAccounts(undefined, c.signal).then(setAccounts).catch(() => setAccounts([]));
    return () => c.abort();
  }, []);

  const load = useCallback(
    (q: TableQuery, signal: AbortSignal) =>
      cashApi.statements({ ...q.filters, page: q.page, size: q.size, sort: q.sort }, signal),
    [],
  );

  const rematch = async (s: Statement) => {
    try {
      const r = await cashApi.rematch(s.id);
      message.success(t('cashapp.statements.rematched', { posted: r.autoPosted, queued: r.suggested + r.unmatched }));
      setReloadKey((k) => k + 1);
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  };

  const filterValues = useMemo<FilterValues>(() => {
    const f = query.filters;
    return { bankAccountId: f.bankAccountId, q: f.q, period: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null };
  }, [query.filters]);

  const columns: ColumnsType<Statement> = [
    { title: t('cashapp.statements.columns.importedAt'), dataIndex: 'importedAt', key: 'importedAt', sorter: true, width: 180,
      render: (v: string, s) => (
        <Space orientation="vertical" size={0}>
          <Tooltip title={t(`cashapp.channel.${s.channel}`)}><time dateTime={v}>{fmt.dateTime(v)}</time></Tooltip>
          <Typography.Text type="secondary" ellipsis={{ tooltip: s.source }} style={{ maxWidth: 170, fontSize: 12 }}>{s.source}</Typography.Text>
          {s.warnings.length > 0 && (
            <Tooltip title={<ul style={{ margin: 0, paddingInlineStart: 16 }}>{s.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}>
              <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('cashapp.statements.warnings', { count: s.warnings.length })}</Typography.Text>
            </Tooltip>
          )}
        </Space>
      ) },
    { title: t('cashapp.statements.columns.account'), key: 'account', sorter: true,
      render: (_: unknown, s) => (
        <Space orientation="vertical" size={0}>
          <span>{s.bankAccount?.name ?? s.bankAccount?.bankName ?? ''}</span>
          <Typography.Text className="mono" type="secondary">{s.account}</Typography.Text>
        </Space>
      ) },
    { title: t('cashapp.statements.columns.period'), key: 'toDate', sorter: true,
      render: (_: unknown, s) => (s.fromDate === s.toDate ? fmt.date(s.toDate) : `${fmt.date(s.fromDate)} – ${fmt.date(s.toDate)}`) },
    { title: t('cashapp.statements.columns.receipts'), key: 'lineCount', sorter: true, align: 'right',
      render: (_: unknown, s) => <Tooltip title={`${t('cashapp.statements.columns.lines')}: ${fmt.number(s.lineCount)}`}>{fmt.number(s.creditCount)}</Tooltip> },
    { title: t('cashapp.statements.columns.autoMatch'), key: 'autoMatch', width: 130,
      render: (_: unknown, s) => s.counts && s.counts.receipts > 0 ? (
        <Tooltip title={t('cashapp.statements.autoMatchOf', { auto: s.counts.autoPosted, receipts: s.counts.receipts })}>
          <Progress percent={Math.round(s.counts.autoMatchRate * 1000) / 10} size="small" format={(p) => fmt.percent((p ?? 0) / 100, 1)} />
        </Tooltip>
      ) : '—' },
    { title: t('cashapp.statements.columns.status'), key: 'status', render: (_: unknown, s) => (s.counts ? <StatusCounts counts={s.counts} /> : null) },
    { title: t('cashapp.statements.columns.actions'), key: 'actions',
      render: (_: unknown, s) => (
        <Space>
          <Link to={`/cash/reconcile?statementId=${s.id}`}>{t('cashapp.statements.reconcile')}</Link>
          {canPost && s.counts && s.counts.queued > 0 && (
            <Tooltip title={t('cashapp.statements.rematch')}>
              <Button size="small" icon={<SyncOutlined />} aria-label={t('cashapp.statements.rematch')} onClick={() => void rematch(s)} />
            </Tooltip>
          )}
        </Space>
      ) },
  ];

  return (
    <>
      <PageHeader
        title={t('cashapp.statements.title')}
        description={t('cashapp.statements.description')}
        extra={canPost && <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setUploading(true)} data-testid="open-upload">{t('cashapp.statements.upload')}</Button>}
      />
      <div style={{ background: '#fff', padding: '16px 16px 0', borderRadius: 8, marginBottom: 16 }}>
        <FilterBar<FilterValues>
          ariaLabel={t('cashapp.statements.filters.label')}
          values={filterValues}
          onReset={() => setQuery({ filters: {} })}
          onSearch={(v) => setQuery({ filters: {
            bankAccountId: v.bankAccountId ?? '', q: v.q?.trim() ?? '',
            from: v.period?.[0]?.format('YYYY-MM-DD') ?? '', to: v.period?.[1]?.format('YYYY-MM-DD') ?? '' } })}
        >
          {[
            <Form.Item key="bankAccountId" name="bankAccountId" label={t('cashapp.statements.filters.account')}>
              <Select allowClear placeholder={t('cashapp.statements.filters.allAccounts')}
                options={accounts.map((a) => ({ value: a.id, label: `${a.name ?? ''} ${a.accountNumber}`.trim() }))} />
            </Form.Item>,
            <Form.Item key="period" name="period" label={t('cashapp.statements.filters.period')}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>,
            <Form.Item key="q" name="q" label={t('cashapp.statements.filters.text')}>
              <Input allowClear />
            </Form.Item>,
          ]}
        </FilterBar>
      </div>
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <ServerTable<Statement>
          ariaLabel={t('cashapp.statements.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          reloadKey={reloadKey}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={t('cashapp.statements.empty')}
        />
      </div>
      <UploadDialog open={uploading} onClose={() => setUploading(false)} onImported={() => setReloadKey((k) => k + 1)} />
    </>
  );
}
