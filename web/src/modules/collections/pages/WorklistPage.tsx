import { useCallback, useState } from 'react';
import { App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type WorklistEntry } from '../api';
import { ScoreCell } from '../components/ScoreCell';
import { LogActivityDialog, PromiseDialog } from '../components/WorkDialogs';

const SORTS = ['-score', '-overdue', '-days', 'nextAction', 'name'] as const;

/** A collector's customers by priority score (components shown), with calls, promises and reassignment. */
export default function WorklistPage() {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const canCollect = allows(Access.COLLECT, roles);
  const canReassign = allows(Access.CREDIT, roles);
  const [params, setParams] = useSearchParams();
  const who = params.get('collector') ?? 'me';
  const sort = params.get('sort') ?? '-score';
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1);
  const size = 50;
  const set = (patch: Record<string, string | null>) => setParams((p) => {
    const n = new URLSearchParams(p);
    Object.entries(patch).forEach(([k, v]) => (v === null ? n.delete(k) : n.set(k, v)));
    return n;
  }, { replace: true });

  const collectors = useLoad(useCallback((s: AbortSignal) => collectionsApi.collectors(s), []));
  const list = useLoad(useCallback((s: AbortSignal) => collectionsApi.worklist({
    collectorId: who !== 'me' && who !== 'unassigned' ? who : undefined, unassigned: who === 'unassigned', page, size, sort,
  }, s), [who, page, sort]));
  const [dialog, setDialog] = useState<{ kind: 'call' | 'promise'; entry: WorklistEntry } | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState<string | undefined>();

  const reassign = async () => {
    if (!target) return;
    try {
      const r = await collectionsApi.reassign(selected, target);
      message.success(t('collections.worklist.reassigned', { count: r.customers }));
      setSelected([]);
      list.reload();
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  };
  const collectorOptions = (collectors.data ?? []).map((c) => ({ value: c.id, label: c.displayName || c.username }));

  return (
    <>
      <PageHeader title={t('collections.worklist.title')} description={t('collections.worklist.description')} />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select style={{ minWidth: 220 }} aria-label={t('collections.worklist.collector')} value={who} onChange={(v) => set({ collector: v, page: null })}
            options={[{ value: 'me', label: t('collections.worklist.mine') }, { value: 'unassigned', label: t('collections.worklist.unassigned') }, ...collectorOptions]} />
          <Select style={{ minWidth: 200 }} aria-label={t('collections.worklist.sort')} value={sort} onChange={(v) => set({ sort: v, page: null })}
            options={SORTS.map((s) => ({ value: s, label: t(`collections.worklist.sorts.${s.replace('-', '')}`) }))} />
          {canReassign && (
            <Space wrap>
              <Select style={{ minWidth: 200 }} aria-label={t('collections.worklist.reassignTo')} placeholder={t('collections.worklist.reassignTo')}
                value={target} onChange={setTarget} options={collectorOptions} />
              <Button disabled={!target || selected.length === 0} onClick={() => void reassign()}>
                {t('collections.worklist.reassign', { count: selected.length })}</Button>
            </Space>
          )}
        </Space>
        {list.error ? <LoadError error={list.error} onRetry={list.reload} compact /> : null}
        <Table<WorklistEntry> rowKey="customerId" aria-label={t('collections.worklist.title')} loading={list.loading} dataSource={list.data?.items ?? []}
          data-testid="worklist" scroll={{ x: 'max-content' }}
          rowSelection={canReassign ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]),
            getCheckboxProps: (r) => ({ 'aria-label': t('collections.worklist.select', { customer: r.name }) }) } : undefined}
          pagination={{ current: page + 1, pageSize: size, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (p) => set({ page: String(p) }) }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('collections.worklist.empty')}</Typography.Text> }}
          columns={[
            { title: t('collections.worklist.customer'), key: 'customer', render: (_: unknown, e) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/collections/customers/${e.customerId}`}>{e.name}</Link>
                <Typography.Text type="secondary" className="mono">{e.code}{e.tier ? ` · ${e.tier}` : ''}{e.region ? ` · ${e.region}` : ''}</Typography.Text>
                {e.blocked && <Tag color="red">{t('collections.customer.blocked')}</Tag>}
              </Space>) },
            { title: t('collections.worklist.score'), key: 'score', render: (_: unknown, e) => <ScoreCell score={e.score} /> },
            { title: t('collections.worklist.overdue'), key: 'overdue', align: 'right', render: (_: unknown, e) => (
              <Space orientation="vertical" size={0}>{e.overdue.map((m) => <span key={m.currency}>{fmt.money(m)}</span>)}
                <Typography.Text type="secondary">{t('collections.worklist.items', { count: e.overdueItems })}</Typography.Text></Space>) },
            { title: t('collections.worklist.maxDays'), dataIndex: 'maxDaysOverdue', key: 'days', align: 'right' },
            { title: t('collections.worklist.promises'), key: 'promises', render: (_: unknown, e) => (
              <span>{t('collections.worklist.openPromises', { count: e.openPromises })}{e.brokenPromises12m > 0 && (
                <Tag color="red" style={{ marginInlineStart: 4 }}>{t('collections.worklist.broken', { count: e.brokenPromises12m })}</Tag>)}</span>) },
            { title: t('collections.worklist.lastContact'), key: 'last', render: (_: unknown, e) => fmt.date(e.lastContact) || '—' },
            { title: t('collections.worklist.nextAction'), key: 'next', render: (_: unknown, e) => fmt.date(e.nextActionDate) || '—' },
            { title: t('collections.worklist.tasks'), key: 'tasks', render: (_: unknown, e) => e.openTasks.map((tk) => (
              <Tag key={tk.id}>{t(`collections.taskKind.${tk.kind}`)}{tk.dueDate ? ` · ${fmt.date(tk.dueDate)}` : ''}</Tag>)) },
            ...(canCollect ? [{ key: 'actions', fixed: 'right' as const, render: (_: unknown, e: WorklistEntry) => (
              <Space orientation="vertical" size={4}>
                <Button size="small" onClick={() => setDialog({ kind: 'call', entry: e })} aria-label={t('collections.worklist.logCallFor', { customer: e.name })}>
                  {t('collections.worklist.logCall')}</Button>
                <Button size="small" onClick={() => setDialog({ kind: 'promise', entry: e })} aria-label={t('collections.worklist.promiseFor', { customer: e.name })}>
                  {t('collections.worklist.promise')}</Button>
              </Space>) }] : []),
          ]} />
      </Card>
      <LogActivityDialog open={dialog?.kind === 'call'} customerId={dialog?.entry.customerId ?? ''} customerName={dialog?.entry.name ?? ''}
        onClose={() => setDialog(null)} onDone={() => { setDialog(null); list.reload(); }} />
      <PromiseDialog open={dialog?.kind === 'promise'} customerId={dialog?.entry.customerId ?? ''} customerName={dialog?.entry.name ?? ''}
        onClose={() => setDialog(null)} onDone={() => { setDialog(null); list.reload(); }} />
    </>
  );
}
