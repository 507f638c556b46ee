import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useI18n, useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type Dispute, type PromiseToPay } from '../api';
import { CollectionsTimeline } from '../components/CollectionsTimeline';
import { DecisionTable } from '../components/DecisionTable';
import { PlacementTable } from '../components/PlacementTable';
import { ScoreCell } from '../components/ScoreCell';
import { BlockDialog, DisputeDialog, LogActivityDialog, PlaceDialog, PromiseDialog } from '../components/WorkDialogs';

type DialogKind = 'call' | 'promise' | 'place' | 'block' | 'dispute';

const PROMISE_COLORS: Record<PromiseToPay['status'], string> = { OPEN: 'blue', KEPT: 'green', BROKEN: 'red', CANCELLED: 'default' };

/** One customer's collections: score, dunning block, timeline, promises, placements, disputes, decisions. */
export default function CustomerCollectionsPage() {
  const t = useT();
  const fmt = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const canCollect = allows(Access.COLLECT, user?.roles ?? []);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [tab, setTab] = useState('timeline');

  const customer = useLoad(useCallback((s: AbortSignal) => collectionsApi.customer(id, s), [id]));
  const entry = useLoad(useCallback((s: AbortSignal) => collectionsApi.entry(id, s), [id]));
  const profile = useLoad(useCallback((s: AbortSignal) => collectionsApi.profile(id, s), [id]));
  const timeline = useLoad(useCallback((s: AbortSignal) => collectionsApi.timeline(id, s), [id]));
  const promises = useLoad(useCallback((s: AbortSignal) => collectionsApi.promises(id, s), [id]));
  const disputes = useLoad(useCallback((s: AbortSignal) => collectionsApi.disputes(id, s), [id]));
  const [placementsVersion, setPlacementsVersion] = useState(0);

  if (customer.error && !customer.data) return <LoadError error={customer.error} onRetry={customer.reload} />;
  if (!customer.data) return <PageLoading />;
  const c = customer.data;
  const name = (lang === 'zh-CN' ? c.nameZh ?? c.nameEn : c.nameEn ?? c.nameZh) ?? c.code;
  const refresh = () => { setDialog(null); entry.reload(); profile.reload(); timeline.reload(); promises.reload(); disputes.reload(); setPlacementsVersion((v) => v + 1); };
  const unblock = async () => {
    try {
      profile.setData(await collectionsApi.unblock(id));
      entry.reload();
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };
  const cancelPromise = async (p: PromiseToPay) => {
    try {
      await collectionsApi.cancelPromise(p.id, t('collections.promise.cancelledByUser'));
      refresh();
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  };
  const p = profile.data;

  return (
    <>
      <PageHeader title={t('collections.customer.title', { name })}
        description={<Space wrap><span className="mono">{c.code}</span><Link to={`/customers/${c.id}`}>{t('collections.customer.open360')}</Link></Space>}
        extra={canCollect && (
          <Space wrap>
            <Button type="primary" onClick={() => setDialog('call')}>{t('collections.worklist.logCall')}</Button>
            <Button onClick={() => setDialog('promise')}>{t('collections.worklist.promise')}</Button>
            <Button onClick={() => setDialog('dispute')}>{t('collections.dispute.open')}</Button>
            <Button onClick={() => setDialog('place')}>{t('collections.place.open')}</Button>
            {p?.blockReason ? (
              <Popconfirm title={t('collections.block.liftConfirm')} okText={t('collections.block.lift')} cancelText={t('core.actions.cancel')} onConfirm={() => void unblock()}>
                <Button danger>{t('collections.block.lift')}</Button>
              </Popconfirm>
            ) : <Button danger onClick={() => setDialog('block')}>{t('collections.block.open')}</Button>}
          </Space>
        )} />
      {p?.blockReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="dunning-block"
          title={p.blockedUntil ? t('collections.block.activeUntil', { date: fmt.date(p.blockedUntil) }) : t('collections.block.activeOpen')}
          description={t('collections.block.by', { reason: p.blockReason, user: p.blockedBy ?? '', time: fmt.dateTime(p.blockedAt) })} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('collections.customer.standing')} size="small">
            {entry.error ? <LoadError error={entry.error} onRetry={entry.reload} compact /> : entry.data ? (
              <Descriptions size="small" column={1} items={[
                { key: 'overdue', label: t('collections.worklist.overdue'), children: entry.data.overdue.map((m) => fmt.money(m)).join(' · ') || '—' },
                { key: 'days', label: t('collections.worklist.maxDays'), children: entry.data.maxDaysOverdue },
                { key: 'last', label: t('collections.worklist.lastContact'), children: fmt.date(entry.data.lastContact) || '—' },
                { key: 'next', label: t('collections.worklist.nextAction'), children: fmt.date(entry.data.nextActionDate) || '—' },
              ]} />
            ) : <PageLoading />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('collections.worklist.score')} size="small">
            {entry.data ? <ScoreCell score={entry.data.score} /> : null}
          </Card>
        </Col>
      </Row>
      <Card>
        <Tabs activeKey={tab} onChange={setTab} items={[
          { key: 'timeline', label: t('collections.customer.timeline'), children: timeline.error ? <LoadError error={timeline.error} onRetry={timeline.reload} compact />
            : timeline.data ? <CollectionsTimeline entries={timeline.data} /> : <PageLoading /> },
          { key: 'promises', label: t('collections.customer.promises'), children: (
            <>
              {promises.error ? <LoadError error={promises.error} onRetry={promises.reload} compact /> : null}
              <Table<PromiseToPay> rowKey="id" size="small" aria-label={t('collections.customer.promises')} loading={promises.loading} dataSource={promises.data ?? []}
                pagination={false} scroll={{ x: 'max-content' }} data-testid="promises"
                locale={{ emptyText: <Typography.Text type="secondary">{t('collections.promise.empty')}</Typography.Text> }}
                columns={[
                  { title: t('collections.promise.date'), key: 'date', render: (_: unknown, r) => fmt.date(r.promisedDate) },
                  { title: t('collections.promise.amountShort'), key: 'amount', align: 'right', render: (_: unknown, r) => fmt.money(r.amount) },
                  { title: t('collections.promise.paid'), key: 'paid', align: 'right', render: (_: unknown, r) => fmt.money(r.paid) },
                  { title: t('collections.promise.channel'), key: 'channel', render: (_: unknown, r) => t(`collections.promiseChannel.${r.channel}`) },
                  { title: t('collections.promise.status'), key: 'status', render: (_: unknown, r) => (
                    <Tag color={PROMISE_COLORS[r.status]}>{t(`collections.promiseStatus.${r.status}`)}</Tag>) },
                  { title: t('collections.promise.promisedBy'), dataIndex: 'promisedBy', key: 'by' },
                  { title: t('collections.promise.recordedBy'), key: 'rec', render: (_: unknown, r) => `${r.recordedBy ?? ''} · ${fmt.dateTime(r.createdAt)}` },
                  ...(canCollect ? [{ key: 'cancel', render: (_: unknown, r: PromiseToPay) => r.status === 'OPEN' ? (
                    <Popconfirm title={t('collections.promise.cancelConfirm')} okText={t('collections.promise.cancel')} cancelText={t('core.actions.cancel')} onConfirm={() => void cancelPromise(r)}>
                      <Button size="small">{t('collections.promise.cancel')}</Button>
                    </Popconfirm>) : null }] : []),
                ]} />
            </>) },
          { key: 'placements', label: t('collections.customer.placements'), children: <PlacementTable customerId={id} key={placementsVersion} /> },
          { key: 'disputes', label: t('collections.customer.disputes'), children: (
            <>
              {disputes.error ? <LoadError error={disputes.error} onRetry={disputes.reload} compact /> : null}
              <Table<Dispute> rowKey="id" size="small" aria-label={t('collections.customer.disputes')} loading={disputes.loading} dataSource={disputes.data?.items ?? []}
                pagination={false} scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Typography.Text type="secondary">{t('collections.dispute.empty')}</Typography.Text> }}
                columns={[
                  { title: t('collections.dispute.item'), dataIndex: 'documentNumber', key: 'doc' },
                  { title: t('collections.decisions.open'), key: 'open', align: 'right', render: (_: unknown, r) => fmt.money(r.openAmount) },
                  { title: t('collections.dispute.reason'), key: 'reason', render: (_: unknown, r) => t(`collections.disputeReason.${r.reason}`) },
                  { title: t('collections.promise.status'), key: 'status', render: (_: unknown, r) => <Tag color={r.status === 'OPEN' ? 'red' : 'default'}>{t(`collections.disputeStatus.${r.status}`)}</Tag> },
                  { title: t('collections.activity.note'), dataIndex: 'note', key: 'note' },
                  { title: t('collections.dispute.openedAt'), key: 'at', render: (_: unknown, r) => `${fmt.dateTime(r.openedAt)} · ${r.openedBy ?? ''}` },
                ]} />
            </>) },
          { key: 'decisions', label: t('collections.customer.decisions'), children: <DecisionTable customerId={id} /> },
        ]} />
      </Card>
      <LogActivityDialog open={dialog === 'call'} customerId={id} customerName={name} onClose={() => setDialog(null)} onDone={refresh} />
      <PromiseDialog open={dialog === 'promise'} customerId={id} customerName={name} onClose={() => setDialog(null)} onDone={refresh} />
      <PlaceDialog open={dialog === 'place'} customerId={id} customerName={name} onClose={() => setDialog(null)} onDone={refresh} />
      <BlockDialog open={dialog === 'block'} customerId={id} customerName={name} onClose={() => setDialog(null)} onDone={refresh} />
      <DisputeDialog open={dialog === 'dispute'} customerId={id} customerName={name} onClose={() => setDialog(null)} onDone={refresh} />
    </>
  );
}
