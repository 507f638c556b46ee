import { useCallback, useMemo } from 'react';
import { DatePicker, Form, Input, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { auditApi, type AuditEntry } from '../api';
import { AuditChanges } from '../components/AuditChanges';
import { ChainVerification } from '../components/ChainVerification';
import { diffAudit } from '../diff';

const FILTERS = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;

interface FilterValues {
  entityType?: string;
  entityId?: string;
  actor?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** URL filters hold calendar days (from, to inclusive); the API wants instants with an exclusive end. */
export function toSearch(q: TableQuery) {
  const f = q.filters;
  return {
    entityType: f.entityType,
    entityId: f.entityId,
    actor: f.actor,
    from: f.from ? dayjs(f.from).startOf('day').toISOString() : undefined,
    to: f.to ? dayjs(f.to).add(1, 'day').startOf('day').toISOString() : undefined,
    page: q.page,
    size: q.size,
  };
}

export default function AuditLogPage() {
  const t = useT();
  const fmt = useFormat();
  const [query, setQuery] = useTableQuery({ size: 50, filterKeys: FILTERS });

  const load = useCallback((q: TableQuery, signal: AbortSignal) => auditApi.search(toSearch(q), signal), []);

  const filterValues = useMemo<FilterValues>(() => {
    const f = query.filters;
    return {
      entityType: f.entityType,
      entityId: f.entityId,
      actor: f.actor,
      period: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
    };
  }, [query.filters]);

  const onSearch = (v: FilterValues) => {
    const trimmed = (s?: string) => s?.trim() || '';
    setQuery({
      filters: {
        entityType: trimmed(v.entityType),
        entityId: trimmed(v.entityId),
        actor: trimmed(v.actor),
        from: v.period?.[0]?.format('YYYY-MM-DD') ?? '',
        to: v.period?.[1]?.format('YYYY-MM-DD') ?? '',
      },
    });
  };

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.columns.seq'), dataIndex: 'seq', key: 'seq', align: 'right', width: 90, render: (n: number) => fmt.number(n) },
    { title: t('audit.columns.time'), dataIndex: 'occurredAt', key: 'occurredAt', width: 190, render: (v: string) => <time dateTime={v}>{fmt.dateTime(v)}</time> },
    { title: t('audit.columns.actor'), dataIndex: 'actor', key: 'actor', width: 140 },
    { title: t('audit.columns.entityType'), dataIndex: 'entityType', key: 'entityType', render: (v: string) => <Tag>{v}</Tag> },
    {
      title: t('audit.columns.entityId'),
      dataIndex: 'entityId',
      key: 'entityId',
      responsive: ['md'],
      render: (v: string) => <Typography.Text className="mono" copyable={{ text: v, tooltips: [t('core.actions.copy'), t('core.actions.copied')] }}>{v.length > 13 ? `${v.slice(0, 8)}…${v.slice(-4)}` : v}</Typography.Text>,
    },
    { title: t('audit.columns.action'), dataIndex: 'action', key: 'action', render: (v: string) => <Tag color="geekblue">{v}</Tag> },
    {
      title: t('audit.columns.changes'),
      key: 'changes',
      align: 'right',
      render: (_: unknown, e) => t('audit.columns.changeCount', { count: diffAudit(e.before, e.after).length }),
    },
    {
      title: t('audit.columns.hash'),
      dataIndex: 'hash',
      key: 'hash',
      responsive: ['lg'],
      render: (v: string) => (
        <Tooltip title={<span className="mono">{v}</span>}>
          <Typography.Text className="mono" copyable={{ text: v, tooltips: [t('core.actions.copy'), t('core.actions.copied')] }}>{v.slice(0, 12)}</Typography.Text>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <ChainVerification />
      <div style={{ background: '#fff', padding: '16px 16px 0', borderRadius: 8, marginBottom: 16 }}>
        <FilterBar<FilterValues> ariaLabel={t('audit.filters.label')} values={filterValues} onSearch={onSearch} onReset={() => setQuery({ filters: {} })}>
          {[
            <Form.Item key="entityType" name="entityType" label={t('audit.filters.entityType')}>
              <Input allowClear placeholder={t('audit.filters.entityTypeHint')} />
            </Form.Item>,
            <Form.Item key="entityId" name="entityId" label={t('audit.filters.entityId')}>
              <Input allowClear />
            </Form.Item>,
            <Form.Item key="actor" name="actor" label={t('audit.filters.actor')}>
              <Input allowClear placeholder={t('audit.filters.actorHint')} />
            </Form.Item>,
            <Form.Item key="period" name="period" label={t('audit.filters.period')}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>,
          ]}
        </FilterBar>
      </div>
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <ServerTable<AuditEntry>
          ariaLabel={t('audit.tableLabel')}
          columns={columns}
          rowKey="seq"
          query={query}
          onQueryChange={setQuery}
          load={load}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={t('audit.empty')}
          expandable={{ expandedRowRender: (e) => <AuditChanges entry={e} />, expandRowByClick: false }}
        />
      </div>
    </>
  );
}
