import { useCallback, useState } from 'react';
import { App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type Placement } from '../api';

const STATUSES = ['ACTIVE', 'RECALLED', 'CLOSED'] as const;

/** Placements with agencies or lawyers: items, commission, recoveries; recall takes the items back into dunning. */
export function PlacementTable({ customerId }: { customerId?: string }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canCollect = allows(Access.COLLECT, user?.roles ?? []);
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const [recalling, setRecalling] = useState<Placement | null>(null);
  const [reason, setReason] = useState('');
  const list = useLoad(useCallback((s: AbortSignal) => collectionsApi.placements({ customerId, status, page, size: 20 }, s), [customerId, status, page]));

  const recall = async () => {
    if (!recalling) return;
    try {
      await collectionsApi.recall(recalling.id, reason);
      message.success(t('collections.placements.recalled'));
      setRecalling(null);
      list.reload();
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear style={{ minWidth: 180 }} aria-label={t('collections.placements.status')} placeholder={t('collections.placements.allStatuses')}
          value={status} onChange={(v) => { setStatus(v); setPage(0); }} options={STATUSES.map((s) => ({ value: s, label: t(`collections.placementStatus.${s}`) }))} />
      </Space>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} compact /> : null}
      <Table<Placement> rowKey="id" size="small" aria-label={t('collections.placements.title')} loading={list.loading} dataSource={list.data?.items ?? []}
        data-testid="placements" scroll={{ x: 'max-content' }}
        pagination={{ current: page + 1, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('collections.placements.empty')}</Typography.Text> }}
        expandable={{ expandedRowRender: (p) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Table size="small" rowKey="itemId" pagination={false} dataSource={p.items} aria-label={t('collections.placements.items')}
              columns={[
                { title: t('collections.decisions.document'), dataIndex: 'documentNumber', key: 'doc' },
                { title: t('collections.placements.placedAmount'), key: 'amount', align: 'right', render: (_: unknown, i) => fmt.money(i.amount) },
              ]} />
            {p.recoveries.length > 0 && (
              <Table size="small" rowKey={(r) => `${r.itemId}-${r.receivedOn}-${r.amount.amount}`} pagination={false} dataSource={p.recoveries}
                aria-label={t('collections.placements.recoveries')}
                columns={[
                  { title: t('collections.placements.receivedOn'), key: 'on', render: (_: unknown, r) => fmt.date(r.receivedOn) },
                  { title: t('collections.placements.recovered'), key: 'amount', align: 'right', render: (_: unknown, r) => fmt.money(r.amount) },
                  { title: t('collections.placements.commissionAmount'), key: 'commission', align: 'right', render: (_: unknown, r) => fmt.money(r.commission) },
                ]} />
            )}
          </Space>
        ) }}
        columns={[
          ...(customerId ? [] : [{ title: t('collections.decisions.customer'), key: 'customer', render: (_: unknown, p: Placement) => (
            <Link to={`/collections/customers/${p.customerId}`}>{t('collections.placements.openCustomer')}</Link>) }]),
          { title: t('collections.place.agency'), key: 'agency', render: (_: unknown, p) => (
            <span>{p.agencyName} <Tag>{t(`collections.placementKind.${p.kind}`)}</Tag></span>) },
          { title: t('collections.place.placedOn'), key: 'on', render: (_: unknown, p) => fmt.date(p.placedOn) },
          { title: t('collections.placements.status'), key: 'status', render: (_: unknown, p) => (
            <Tag color={p.status === 'ACTIVE' ? 'red' : 'default'}>{t(`collections.placementStatus.${p.status}`)}</Tag>) },
          { title: t('collections.placements.itemsCount'), key: 'items', render: (_: unknown, p) => p.items.map((i) => i.documentNumber).join(', ') },
          { title: t('collections.placements.placedTotal'), key: 'placed', align: 'right', render: (_: unknown, p) => fmt.money(p.placedTotal) },
          { title: t('collections.place.commission'), key: 'commission', align: 'right', render: (_: unknown, p) => `${p.commissionPercent}%` },
          { title: t('collections.placements.recovered'), key: 'recovered', align: 'right', render: (_: unknown, p) => fmt.money(p.recoveredTotal) },
          { title: t('collections.placements.commissionAmount'), key: 'commissionTotal', align: 'right', render: (_: unknown, p) => fmt.money(p.commissionTotal) },
          ...(canCollect ? [{ key: 'recall', render: (_: unknown, p: Placement) => p.status === 'ACTIVE' ? (
            <Button size="small" onClick={() => { setRecalling(p); setReason(''); }}>{t('collections.placements.recall')}</Button>) : null }] : []),
        ]} />
      <Modal open={recalling !== null} title={t('collections.placements.recallTitle', { agency: recalling?.agencyName ?? '' })} onCancel={() => setRecalling(null)}
        okText={t('collections.placements.recall')} cancelText={t('core.actions.cancel')} onOk={() => void recall()}>
        <label htmlFor="recall-reason">{t('collections.placements.recallReason')}</label>
        <Input id="recall-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </Modal>
    </>
  );
}
