import { Empty, Table, Tag } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { LedgerItem, Movement } from '../api';

interface Row extends Movement {
  installmentNo: number | null;
}

/**
 * What the ledger did with a document's items: with {@code history}, every allocation and unallocation in effective
 * date order with the open amount after it; otherwise the allocations in force (payments, credit notes, discounts).
 */
export function LedgerActivity({ items, history = false }: { items: LedgerItem[]; history?: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const rows: Row[] = items.flatMap((i) => (history ? i.history : i.allocations).map((m) => ({ ...m, installmentNo: i.installmentNo })));
  if (rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoicing.detail.allocationsEmpty')} />;
  }
  const several = items.length > 1;
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey={(r) => `${r.allocationId}:${r.installmentNo ?? 0}`}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      aria-label={history ? t('invoicing.detail.ledgerHistory') : t('invoicing.detail.allocations')}
      columns={[
        { title: t('invoicing.movement.date'), dataIndex: 'effectiveDate', key: 'date', render: (d: string) => fmt.date(d) },
        ...(several
          ? [{ title: t('invoicing.installment.no'), key: 'inst', render: (_: unknown, r: Row) => (r.installmentNo ? t('invoicing.movement.installment', { no: r.installmentNo }) : '') }]
          : []),
        {
          title: t('invoicing.movement.kind'),
          key: 'kind',
          render: (_: unknown, r) => <Tag color={r.kind === 'ALLOCATION' ? 'green' : 'orange'}>{t(`invoicing.movement.${r.kind}`)}</Tag>,
        },
        { title: t('invoicing.movement.counter'), key: 'counter', render: (_: unknown, r) => `${t(`invoicing.itemType.${r.counterType}`)} ${r.counterDocumentNumber}` },
        { title: t('invoicing.movement.amount'), key: 'amount', align: 'right', render: (_: unknown, r) => fmt.money(r.change, { sign: 'always' }) },
        { title: t('invoicing.movement.openAfter'), key: 'openAfter', align: 'right', render: (_: unknown, r) => fmt.money(r.openAfter) },
        { title: t('invoicing.movement.recorded'), key: 'recorded', render: (_: unknown, r) => `${fmt.dateTime(r.recordedAt)} · ${r.recordedBy}` },
      ]}
    />
  );
}
