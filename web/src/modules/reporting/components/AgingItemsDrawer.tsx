import { useCallback, useState } from 'react';
import { Drawer, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { ServerTable } from '../../../core/table/ServerTable';
import type { TableQuery } from '../../../core/table/useTableQuery';
import { reportingApi, type AgingItem, type AgingParams } from '../api';
import { bucketLabel, localName } from '../labels';

export interface Drill {
  /** A row's key, or undefined for every group. */
  group?: string;
  bucket?: number;
  name: string;
}

/** The items behind a group (and bucket) of the aging report, paged and sortable, in a drawer over the report. */
export function AgingItemsDrawer({ params, drill, labels, asOf, onClose }: {
  params: AgingParams;
  drill: Drill | null;
  labels: string[];
  asOf: string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const [query, setQuery] = useState<TableQuery>({ page: 0, size: 20, sort: '-daysPast', filters: {} });
  const group = drill?.group;
  const bucket = drill?.bucket;
  const load = useCallback(
    (q: TableQuery, signal: AbortSignal) => reportingApi.agingItems(params, group, bucket, q.page, q.size, q.sort, signal),
    [params, group, bucket],
  );
  const columns: ColumnsType<AgingItem> = [
    { title: t('reporting.aging.items.customer'), key: 'customer', render: (_, i) => <span><Typography.Text type="secondary">{i.customerCode}</Typography.Text> {localName(lang, i.customerNameZh, i.customerNameEn)}</span> },
    { title: t('reporting.aging.items.type'), dataIndex: 'type', key: 'type', render: (v: string) => <Tag>{t(`reporting.types.${v}`)}</Tag> },
    { title: t('reporting.aging.items.document'), key: 'documentNumber', sorter: true, render: (_, i) => (i.installmentNo ? `${i.documentNumber} #${i.installmentNo}` : i.documentNumber) },
    { title: t('reporting.aging.items.documentDate'), dataIndex: 'documentDate', key: 'documentDate', sorter: true, render: (v: string) => fmt.date(v) },
    { title: t('reporting.aging.items.dueDate'), dataIndex: 'dueDate', key: 'dueDate', sorter: true, render: (v: string | null) => fmt.date(v) },
    { title: t('reporting.aging.items.daysPast'), dataIndex: 'daysPast', key: 'daysPast', sorter: true, align: 'right', render: (v: number, i) => <span title={bucketLabel(labels[i.bucket] ?? '', t)}>{fmt.number(v)}</span> },
    { title: t('reporting.aging.items.original'), key: 'original', align: 'right', render: (_, i) => fmt.money(i.originalAmount) },
    { title: t('reporting.aging.items.open', { date: fmt.date(asOf) }), key: 'openAmount', sorter: true, align: 'right', render: (_, i) => <strong>{fmt.money(i.signedAmount)}</strong> },
    ...(params.convert
      ? [{ title: t('reporting.aging.convert'), key: 'converted', align: 'right' as const, render: (_: unknown, i: AgingItem) => fmt.money(i.convertedAmount) }]
      : []),
  ];
  const subtitle = bucket !== undefined ? t('reporting.aging.items.bucket', { bucket: bucketLabel(labels[bucket] ?? '', t) }) : '';
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      size="large"
      styles={{ wrapper: { width: 'min(1100px, 100vw)' } }}
      title={t('reporting.aging.items.title', { name: drill?.name ?? '' })}
      extra={subtitle && <Tag color="orange">{subtitle}</Tag>}
      closable={{ 'aria-label': t('reporting.aging.items.close') }}
      destroyOnHidden
    >
      {drill && (
        <ServerTable<AgingItem>
          ariaLabel={t('reporting.aging.items.table')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={(patch) => setQuery((q) => ({ ...q, ...patch, page: patch.page ?? (patch.sort !== undefined || patch.size !== undefined ? 0 : q.page) }))}
          load={load}
          emptyDescription={t('reporting.aging.items.empty')}
        />
      )}
    </Drawer>
  );
}
