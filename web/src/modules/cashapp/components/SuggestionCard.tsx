import { Alert, Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { isZeroMoney } from '../../../core/format/money';
import type { SuggestedAllocation, Suggestion } from '../api';

/** One ranked suggestion: whom and what it pays, how sure the engine is and why; accept with its key. */
export function SuggestionCard({ s, canAccept, busy, onAccept }: { s: Suggestion; canAccept: boolean; busy: boolean; onAccept: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const key = s.rank === 0 ? 'Enter' : String(s.rank + 1);
  const customer = s.customerName ?? s.customerId;
  return (
    <Card
      size="small"
      data-testid={`suggestion-${s.rank}`}
      style={{ marginBottom: 12, borderColor: s.rank === 0 ? '#91caff' : undefined }}
      title={
        <Space wrap>
          <Typography.Text keyboard>{s.rank + 1}</Typography.Text>
          {s.rank === 0 && <Tag color="blue">{t('cashapp.reconcile.best')}</Tag>}
          <span>{customer}</span>
        </Space>
      }
      extra={
        <Space>
          <span style={{ width: 150, display: 'inline-block' }} aria-label={t('cashapp.reconcile.confidence', { value: fmt.percent(s.confidence, 1) })}>
            <Progress percent={Math.round(s.confidence * 1000) / 10} size="small" status={s.confidence >= 0.95 ? 'success' : 'normal'}
              format={(p) => fmt.percent((p ?? 0) / 100, 1)} />
          </span>
          {canAccept && (
            <Button type={s.rank === 0 ? 'primary' : 'default'} size="small" disabled={s.blocker !== null} loading={busy} onClick={onAccept}
              data-testid={`accept-${s.rank}`}>
              {t('cashapp.reconcile.acceptKey', { key })}
            </Button>
          )}
        </Space>
      }
    >
      {s.allocations.length > 0 ? (
        <Table<SuggestedAllocation>
          size="small"
          pagination={false}
          rowKey="itemId"
          dataSource={s.allocations}
          columns={[
            { title: t('cashapp.reconcile.invoice'), dataIndex: 'documentNumber', key: 'doc',
              render: (v: string, a) => <Space orientation="vertical" size={0}><span className="mono">{v}</span>
                {a.customerId !== s.customerId && <Typography.Text type="secondary">{a.customerName}</Typography.Text>}</Space> },
            { title: t('cashapp.reconcile.open'), dataIndex: 'itemOpen', key: 'open', align: 'right', render: (m) => fmt.money(m) },
            { title: t('cashapp.reconcile.applied'), dataIndex: 'applied', key: 'applied', align: 'right', render: (m) => <strong>{fmt.money(m)}</strong> },
            { title: t('cashapp.reconcile.discount'), dataIndex: 'discount', key: 'discount', align: 'right',
              render: (m) => (m && !isZeroMoney(m) ? fmt.money(m) : '') },
            { title: t('cashapp.reconcile.writeOff'), dataIndex: 'writeOff', key: 'writeOff', align: 'right',
              render: (m) => (m && !isZeroMoney(m) ? fmt.money(m) : '') },
          ]}
        />
      ) : (
        <Typography.Paragraph>{t('cashapp.reconcile.onAccountOnly', { amount: fmt.money(s.onAccount), customer })}</Typography.Paragraph>
      )}
      {s.allocations.length > 0 && !isZeroMoney(s.onAccount) && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('cashapp.reconcile.onAccountRemainder', { amount: fmt.money(s.onAccount), customer })}
        </Typography.Paragraph>
      )}
      {s.blockerText && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={s.blockerText} />}
      <div style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('cashapp.reconcile.why')}:</Typography.Text>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {s.reasons.map((r, i) => <li key={i}>{r.text}</li>)}
        </ul>
      </div>
    </Card>
  );
}
