import { useCallback, useMemo, useState } from 'react';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import type { Money } from '../../../core/api/types';
import { reportingApi, type AgingReport, type AgingRow } from '../api';
import { bucketCodes, SETTING_KEYS, toParams } from '../agingParams';
import { AgingChart } from '../components/AgingChart';
import { AgingExportButton } from '../components/AgingExportButton';
import { AgingItemsDrawer, type Drill } from '../components/AgingItemsDrawer';
import { AgingSettings } from '../components/AgingSettings';
import { useCompanies } from '../components/CompanySelect';
import { bucketLabel, rowName } from '../labels';

type Row = AgingRow & { rowId: string };

/**
 * The aging report: settings in the URL, one row per group and currency with an amount per bucket (each a link to its
 * items), totals per currency under the table and as a chart, export to Excel or CSV.
 */
export default function AgingReportPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const [query, setQuery] = useTableQuery({ size: 50, sort: '-total', filterKeys: SETTING_KEYS });
  const [search, setSearch] = useSearchParams();
  const { companies } = useCompanies();
  const [report, setReport] = useState<AgingReport | null>(null);
  const params = useMemo(() => toParams(query.filters), [query.filters]);
  const labels = report?.labels ?? bucketCodes(params.buckets) ?? bucketCodes(undefined)!;

  const load = useCallback(async (q: TableQuery, signal: AbortSignal) => {
    const r = await reportingApi.aging(toParams(q.filters), q.page, q.size, q.sort, signal);
    setReport(r);
    // a group has a row per currency: the key alone is not unique
    return { ...r.rows, items: r.rows.items.map((row) => ({ ...row, rowId: `${row.key}|${row.currency}` })) };
  }, []);

  const drill: Drill | null = search.has('drill')
    ? { group: search.get('group') ?? undefined, bucket: search.has('bucket') ? Number(search.get('bucket')) : undefined, name: search.get('gname') ?? t('reporting.aging.items.allGroups') }
    : null;
  const openDrill = (d: Drill) => setSearch((prev) => {
    const next = new URLSearchParams(prev);
    next.set('drill', '1');
    ['group', 'bucket', 'gname'].forEach((k) => next.delete(k));
    if (d.group) next.set('group', d.group);
    if (d.bucket !== undefined) next.set('bucket', String(d.bucket));
    next.set('gname', d.name);
    return next;
  });
  const closeDrill = () => setSearch((prev) => {
    const next = new URLSearchParams(prev);
    ['drill', 'group', 'bucket', 'gname'].forEach((k) => next.delete(k));
    return next;
  });

  const amount = (row: AgingRow, m: Money, bucket?: number) => {
    const name = rowName(row, lang, t);
    const label = bucket === undefined ? t('reporting.aging.drill', { name }) : t('reporting.aging.drillBucket', { name, bucket: bucketLabel(labels[bucket] ?? '', t) });
    return m.amount.replace(/[-0.]/g, '') === '' ? <Typography.Text type="secondary">{fmt.money(m, { display: 'none' })}</Typography.Text>
      : <Button type="link" size="small" aria-label={label} onClick={() => openDrill({ group: row.key, bucket, name })}>{fmt.money(m, { display: 'none' })}</Button>;
  };

  const columns: ColumnsType<Row> = [
    { title: t('reporting.aging.code'), dataIndex: 'code', key: 'code', sorter: true, fixed: 'left', width: 130 },
    { title: t('reporting.aging.name'), key: 'name', render: (_, r) => rowName(r, lang, t) },
    { title: t('reporting.aging.currency'), dataIndex: 'currency', key: 'currency', width: 80 },
    ...labels.map((code, k) => ({ title: bucketLabel(code, t), key: `b${k}`, sorter: true, align: 'right' as const, render: (_: unknown, r: AgingRow) => amount(r, r.buckets[k]!, k) })),
    { title: t('reporting.aging.total'), key: 'total', sorter: true, align: 'right', render: (_, r) => <strong>{amount(r, r.total)}</strong> },
    { title: t('reporting.aging.overdue'), key: 'overdue', sorter: true, align: 'right', render: (_, r) => fmt.money(r.overdue, { display: 'none' }) },
  ];

  const summary = () => (report && report.totals.length > 0 ? (
    <Table.Summary fixed="bottom">
      {report.totals.map((tot) => (
        <Table.Summary.Row key={tot.currency} className="aging-totals">
          <Table.Summary.Cell index={0}><strong>{t('reporting.aging.totals')}</strong></Table.Summary.Cell>
          <Table.Summary.Cell index={1} />
          <Table.Summary.Cell index={2}>{tot.currency}</Table.Summary.Cell>
          {tot.buckets.map((b, k) => <Table.Summary.Cell key={k} index={3 + k} align="right">{fmt.money(b, { display: 'none' })}</Table.Summary.Cell>)}
          <Table.Summary.Cell index={3 + labels.length} align="right"><strong>{fmt.money(tot.total, { display: 'none' })}</strong></Table.Summary.Cell>
          <Table.Summary.Cell index={4 + labels.length} align="right">{fmt.money(tot.overdue, { display: 'none' })}</Table.Summary.Cell>
        </Table.Summary.Row>
      ))}
    </Table.Summary>
  ) : null);

  return (
    <>
      <PageHeader title={t('reporting.aging.title')} description={t('reporting.aging.description')} extra={<AgingExportButton params={params} />} />
      <div className="panel" style={{ background: '#fff', padding: '16px 16px 0', borderRadius: 8, marginBottom: 16 }}>
        <AgingSettings filters={query.filters} companies={companies ?? []} onChange={(filters) => setQuery({ filters })} />
      </div>
      {report && report.totals.length > 0 && (
        <div style={{ background: '#fff', padding: 16, borderRadius: 8, marginBottom: 16 }}>
          <AgingChart labels={report.labels} totals={report.totals} onBucket={(k) => openDrill({ bucket: k, name: t('reporting.aging.items.allGroups') })} />
        </div>
      )}
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <ServerTable<Row>
          ariaLabel={t('reporting.aging.table')}
          columns={columns}
          rowKey="rowId"
          query={query}
          onQueryChange={setQuery}
          load={load}
          emptyDescription={t('reporting.aging.empty')}
          onClearFilters={() => setQuery({ filters: {} })}
          onRowOpen={(r) => openDrill({ group: r.key, name: rowName(r, lang, t) })}
          summary={summary}
        />
      </div>
      <AgingItemsDrawer params={params} drill={drill} labels={labels} asOf={report?.asOf ?? ''} onClose={closeDrill} />
    </>
  );
}
