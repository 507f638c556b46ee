import { Alert, Button, Descriptions, Empty, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { isZeroMoney } from '../../../core/format/money';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { LineDetail, Posting } from '../api';
import { StatusTag } from './StatusTags';
import { SuggestionCard } from './SuggestionCard';

export interface LineActions {
  accept: (rank: number) => void;
  split: () => void;
  onAccount: () => void;
  notAr: () => void;
  undo: () => void;
}

/** The selected line: what the bank says, the engine's ranked suggestions with reasons, and what was posted. */
export function LinePanel({ detail, loading, canPost, busy, actions }: {
  detail: LineDetail | null; loading: boolean; canPost: boolean; busy: boolean; actions: LineActions;
}) {
  const t = useT();
  const fmt = useFormat();
  if (!detail) {
    return loading ? <Spin tip={t('cashapp.reconcile.loadingLine')}><div style={{ height: 120 }} /></Spin>
      : <Empty description={t('cashapp.reconcile.select')} />;
  }
  const { line } = detail;
  const queued = ['NEW', 'SUGGESTED', 'UNMATCHED'].includes(line.status);
  const resolved = ['MATCHED', 'ON_ACCOUNT', 'NON_AR'].includes(line.status);
  const key = (k: string) => <Typography.Text keyboard>{k}</Typography.Text>;
  return (
    <section aria-label={`${line.lineRef} ${line.payerName}`} aria-busy={loading} data-testid="line-panel">
      <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }} wrap>
        <Space wrap>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{fmt.money(line.amount)}</Typography.Title>
          <StatusTag status={line.status} auto={line.resolution === 'AUTO'} />
          {!line.booked && <Tag color="orange">{t('cashapp.reconcile.notBooked')}</Tag>}
        </Space>
        {canPost && (
          <Space wrap>
            {queued && <Button onClick={actions.split} disabled={busy} data-testid="action-split">{t('cashapp.reconcile.actions.split')} {key('s')}</Button>}
            {queued && <Button onClick={actions.onAccount} disabled={busy} data-testid="action-on-account">{t('cashapp.reconcile.actions.onAccount')} {key('a')}</Button>}
            {queued && <Button onClick={actions.notAr} disabled={busy}>{t('cashapp.reconcile.actions.notAr')} {key('x')}</Button>}
            {resolved && <Button danger onClick={actions.undo} disabled={busy} data-testid="action-undo">{t('cashapp.reconcile.actions.undo')} {key('u')}</Button>}
          </Space>
        )}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('cashapp.reconcile.payer')}>{line.payerName || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cashapp.reconcile.payerAccount')}><span className="mono">{line.payerAccount || '—'}</span></Descriptions.Item>
        <Descriptions.Item label={t('cashapp.reconcile.valueDate')}>{fmt.date(line.valueDate)}</Descriptions.Item>
        <Descriptions.Item label={t('cashapp.reconcile.bankReference')}><span className="mono">{line.bankReference || line.lineRef}</span></Descriptions.Item>
        <Descriptions.Item label={t('cashapp.reconcile.remittance')} span={2}>{line.remittance || '—'}</Descriptions.Item>
        {line.structuredRefs.length > 0 && (
          <Descriptions.Item label={t('cashapp.reconcile.references')} span={2}>
            {line.structuredRefs.map((r) => <Tag key={r} className="mono">{r}</Tag>)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {detail.duplicateOf && <Alert type="info" showIcon title={t('cashapp.reconcile.duplicateOf', { ref: detail.duplicateOf.lineRef })} style={{ marginBottom: 12 }} />}
      {line.status === 'NON_AR' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cashapp.reconcile.nonAr', { who: line.resolvedBy ?? '', reason: line.note ?? '' })} />
      )}
      {detail.posting && <PostingInfo posting={detail.posting} />}
      {detail.history.filter((p) => p.reversedAt).map((p) => (
        <Typography.Paragraph key={p.id} type="secondary">
          {t('cashapp.reconcile.reversed', { when: fmt.dateTime(p.reversedAt), who: p.reversedBy ?? '', reason: p.reversalReason ?? '' })}
        </Typography.Paragraph>
      ))}
      {detail.notes.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('cashapp.reconcile.notes')}
          description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{detail.notes.map((n, i) => <li key={i}>{n.text}</li>)}</ul>} />
      )}
      {queued && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>{t('cashapp.reconcile.suggestions')}</Typography.Title>
          {detail.suggestions.length === 0 ? (
            <Alert type="info" showIcon title={t('cashapp.reconcile.noSuggestions')} />
          ) : (
            detail.suggestions.slice(0, 9).map((s) => (
              <SuggestionCard key={s.rank} s={s} canAccept={canPost} busy={busy} onAccept={() => actions.accept(s.rank)} />
            ))
          )}
        </>
      )}
    </section>
  );
}

function PostingInfo({ posting }: { posting: Posting }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      title={posting.mode === 'AUTO' ? t('cashapp.reconcile.postedAuto', { when: fmt.dateTime(posting.postedAt) })
        : t('cashapp.reconcile.posted', { when: fmt.dateTime(posting.postedAt), who: posting.postedBy })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {posting.receipts.map((r) => (
            <li key={r.receiptId}>
              {t('cashapp.reconcile.receipt', { number: r.documentNumber, amount: fmt.money(r.amount), customer: r.customerName ?? '' })}
              <ul style={{ paddingInlineStart: 18 }}>
                {r.applied.map((a) => (
                  <li key={a.itemId}>
                    <span className="mono">{a.documentNumber}</span> {fmt.money(a.amount)}
                    {a.discount && <Tooltip title={t('cashapp.reconcile.discount')}> + {fmt.money(a.discount)}</Tooltip>}
                    {a.writeOff && <Tooltip title={t('cashapp.reconcile.writeOff')}> + {fmt.money(a.writeOff)}</Tooltip>}
                  </li>
                ))}
                {!isZeroMoney(r.onAccount) && <li>{t('cashapp.reconcile.onAccountLeft', { amount: fmt.money(r.onAccount) })}</li>}
              </ul>
            </li>
          ))}
        </ul>
      }
    />
  );
}
