import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Col, Row, Segmented, Space, Tag, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { newIdempotencyKey } from '../../../core/api/client';
import { describeError } from '../../../core/api/describeError';
import type { Page } from '../../../core/api/types';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { PageHeader } from '../../../core/components/PageHeader';
import { useT } from '../../../core/i18n/I18nProvider';
import { cashApi, DONE_STATUSES, QUEUE_STATUSES, type Line, type LineDetail, type LineStatus } from '../api';
import { LineList } from '../components/LineList';
import { LinePanel } from '../components/LinePanel';
import { OnAccountDialog } from '../components/OnAccountDialog';
import { ReasonDialog } from '../components/ReasonDialog';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { SplitDialog } from '../components/SplitDialog';
import { useShortcuts } from '../components/useShortcuts';

type Tab = 'todo' | 'suggested' | 'unmatched' | 'done';
type Dialog = 'split' | 'onAccount' | 'notAr' | 'undo' | 'help' | null;
const TAB_STATUSES: Record<Tab, LineStatus[]> = { todo: QUEUE_STATUSES, suggested: ['SUGGESTED'], unmatched: ['UNMATCHED', 'NEW'], done: DONE_STATUSES };

/**
 * The exception queue, worked with the keyboard: lines on the left (j/k), the selected line's ranked suggestions on
 * the right; Enter posts the best one, 1–9 another, s splits, a puts on account, x sets aside, u undoes.
 */
export default function ReconcilePage() {
  const t = useT();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canPost = allows(Access.POST_CASH, user?.roles ?? []);
  const [params, setParams] = useSearchParams();
  const statementId = params.get('statementId') ?? undefined;
  const tab = (params.get('tab') as Tab | null) ?? 'todo';
  const [lines, setLines] = useState<Page<Line> | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [index, setIndex] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; detail: LineDetail | null }>({ key: '', detail: null });
  const [reload, setReload] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [statementRef, setStatementRef] = useState<{ id: string; label: string } | null>(null);
  const selected = lines?.items[Math.min(index, (lines?.items.length ?? 1) - 1)] ?? null;

  useEffect(() => {
    const c = new AbortController();
    cashApi.lines({ status: TAB_STATUSES[tab], statementId, size: 200, sort: tab === 'done' ? '-valueDate' : 'valueDate' }, c.signal)
      .then((p) => {
        setLines(p);
        setListError(null);
      })
      .catch((e: unknown) => !c.signal.aborted && setListError(e));
    return () => c.abort();
  }, [tab, statementId, reload]);

  useEffect(() => {
    if (!statementId) return;
    const c = new AbortController();
    cashApi.statement(statementId, c.signal)
      .then((s) => setStatementRef({ id: s.id, label: `${s.statementRef ?? s.source} · ${s.account}` }))
      .catch(() => undefined);
    return () => c.abort();
  }, [statementId]);

  const selectedId = selected?.id;
  const detailKey = selected ? `${selected.id}@${selected.version}` : '';
  useEffect(() => {
    if (!selectedId) return;
    const c = new AbortController();
    cashApi.line(selectedId, c.signal)
      .then((d) => setLoaded({ key: detailKey, detail: d }))
      .catch(() => !c.signal.aborted && setLoaded({ key: detailKey, detail: null }));
    return () => c.abort();
  }, [selectedId, detailKey]);

  const detailLoading = selectedId !== undefined && loaded.key !== detailKey;
  const current = !detailLoading && loaded.detail && loaded.detail.line.id === selectedId ? loaded.detail : null;
  const queued = current ? QUEUE_STATUSES.includes(current.line.status) : false;

  /** Runs one action; on success the list reloads and the next line moves into the same place. */
  const run = useCallback(async (action: () => Promise<unknown>, done?: string, toastErrors = false) => {
    setBusy(true);
    try {
      await action();
      message.success(done ?? t('cashapp.reconcile.done'));
      setDialog(null);
      setReload((r) => r + 1);
    } catch (e) {
      if (toastErrors) {
        const d = describeError(e, t);
        message.error(d.detail || d.title);
      }
      throw e; // a dialog shows it on its fields
    } finally {
      setBusy(false);
    }
  }, [message, t]);

  const accept = (rank: number) => {
    const s = current?.suggestions[rank];
    if (!current || !queued || !canPost || !s || s.blocker || busy) return;
    void run(() => cashApi.accept(current.line.id, rank, current.line.version, { idempotencyKey: newIdempotencyKey() }),
      t('cashapp.reconcile.accepted'), true).catch(() => undefined);
  };
  const open = (d: Dialog, when: boolean) => () => {
    if (when && canPost && !busy) setDialog(d);
  };
  const actions = {
    accept,
    split: open('split', queued),
    onAccount: open('onAccount', queued),
    notAr: open('notAr', queued),
    undo: open('undo', current !== null && DONE_STATUSES.includes(current.line.status)),
  };
  useShortcuts({
    next: () => setIndex((i) => Math.min(i + 1, Math.max(0, (lines?.items.length ?? 1) - 1))),
    prev: () => setIndex((i) => Math.max(i - 1, 0)),
    ...actions,
    help: () => setDialog('help'),
  }, dialog === null);

  const setTab = (next: Tab) => {
    setIndex(0);
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (next === 'todo') n.delete('tab');
      else n.set('tab', next);
      return n;
    });
  };
  const top = current?.suggestions[0] ?? null;
  const key = () => ({ idempotencyKey: newIdempotencyKey() });

  return (
    <>
      <PageHeader
        title={t('cashapp.reconcile.title')}
        description={t('cashapp.reconcile.description')}
        extra={<Button icon={<QuestionCircleOutlined />} onClick={() => setDialog('help')}>{t('cashapp.reconcile.shortcuts.show')}</Button>}
      />
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<Tab> value={tab} onChange={setTab} options={(['todo', 'suggested', 'unmatched', 'done'] as Tab[])
          .map((v) => ({ value: v, label: t(`cashapp.reconcile.tabs.${v}`) }))} />
        {statementId && (
          <Tag closable onClose={() => setParams((p) => {
            const n = new URLSearchParams(p);
            n.delete('statementId');
            return n;
          })}>{t('cashapp.reconcile.statementOnly', { ref: statementRef?.id === statementId ? statementRef.label : '…' })}</Tag>
        )}
      </Space>
      {listError !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(listError, t).title}
        description={describeError(listError, t).detail} action={<Button onClick={() => setReload((r) => r + 1)}>{t('core.actions.retry')}</Button>} />}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <LineList page={lines} selectedId={selectedId} onSelect={setIndex} emptyText={t(tab === 'done' ? 'cashapp.reconcile.emptyDone' : 'cashapp.reconcile.empty')} />
        </Col>
        <Col xs={24} lg={15}>
          <div style={{ background: '#fff', padding: 16, borderRadius: 8, minHeight: 200 }}>
            <LinePanel detail={current} loading={detailLoading} canPost={canPost} busy={busy} actions={actions} />
          </div>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {(['next', 'accept', 'split', 'onAccount', 'notAr', 'undo'] as const).map((a) => (
          <span key={a} style={{ marginRight: 12 }}>{t(`cashapp.reconcile.shortcuts.${a}`)}: <Typography.Text keyboard>
            {{ next: 'j / k', accept: 'Enter', split: 's', onAccount: 'a', notAr: 'x', undo: 'u' }[a]}</Typography.Text></span>
        ))}
      </Typography.Paragraph>
      <SplitDialog line={dialog === 'split' && current ? current.line : null} start={top} onCancel={() => setDialog(null)}
        onSubmit={(body) => run(() => cashApi.split(current!.line.id, { ...body, version: current!.line.version }, key()))} />
      <OnAccountDialog line={dialog === 'onAccount' && current ? current.line : null}
        suggested={top ? { id: top.customerId, name: top.customerName } : null} onCancel={() => setDialog(null)}
        onSubmit={(customerId) => run(() => cashApi.onAccount(current!.line.id, customerId, current!.line.version, key()))} />
      <ReasonDialog kind={dialog === 'notAr' || dialog === 'undo' ? dialog : null} onCancel={() => setDialog(null)}
        onSubmit={(reason) => run(() => (dialog === 'undo' ? cashApi.undo : cashApi.notAr)(current!.line.id, reason, current!.line.version, key()))} />
      <ShortcutHelp open={dialog === 'help'} onClose={() => setDialog(null)} />
    </>
  );
}
