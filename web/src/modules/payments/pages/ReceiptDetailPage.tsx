import { useCallback, useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { RollbackOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../core/api/problem';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageLoading } from '../../../core/components/PageLoading';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { paymentsApi, type CustomerName, type ItemDetail, type Movement } from '../api';
import { AllocationDialog } from '../components/AllocationDialog';
import { customerLabel } from '../components/CustomerSelect';
import { ReasonModal } from '../components/ReasonModal';
import { ReceiptStatusTag, ReceiptTypeTag } from '../components/ReceiptTags';

const CASH = new Set(['PAYMENT', 'ADVANCE']);

/** One receipt: what it paid (allocations in force), its full history, and allocate / unallocate / reverse. */
export default function ReceiptDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canPost = allows(Access.POST_CASH, user?.roles ?? []);
  const load = useCallback(async (signal: AbortSignal) => {
    const detail = await paymentsApi.detail(id, signal);
    const names = await paymentsApi.customerNames([detail.item.customerId], signal);
    return { ...detail, customer: names[0] ?? null };
  }, [id]);
  const { data, error, reload } = useLoad<ItemDetail & { customer: CustomerName | null }>(load);
  const [allocating, setAllocating] = useState(false);
  const [unallocating, setUnallocating] = useState<Movement | null>(null);
  const [reversing, setReversing] = useState(false);

  if (error && !data) {
    if (error instanceof ApiError && error.notFound) return <Result status="404" title={t('payments.notFound')} extra={<Link to="/payments"><Button type="primary">{t('payments.backToList')}</Button></Link>} />;
    return <LoadError error={error} onRetry={reload} />;
  }
  if (!data) return <PageLoading />;
  const { item, allocations, history, reversal, customer } = data;
  if (!CASH.has(item.type)) {
    return <Result status="info" title={t('payments.notAReceipt', { number: item.documentNumber })} extra={<Link to="/payments"><Button>{t('payments.backToList')}</Button></Link>} />;
  }
  const label = customer ? customerLabel(customer, lang) : item.customerId;
  // what the money paid; a reversal's own counter-entry is shown in the header, not as something the receipt paid
  const applied = allocations.filter((m) => m.counterType !== 'REVERSAL');
  const reversed = item.status === 'REVERSED';

  /** In force (with the unallocate action) or the full history (every row, with the running unapplied amount). */
  const movementColumns = (inForce: boolean): ColumnsType<Movement> => [
    { title: t('payments.detail.document'), dataIndex: 'counterDocumentNumber', key: 'doc', render: (v: string | null, m) => <Space size={4}><span className="mono">{v ?? '—'}</span>{m.counterType && <Tag>{t(`payments.itemType.${m.counterType}`)}</Tag>}</Space> },
    ...(inForce ? [] : [{ title: t('payments.detail.kind'), dataIndex: 'kind', key: 'kind', render: (k: string, m: Movement) => (k === 'UNALLOCATION' ? <Tag color="orange">{t('payments.detail.unallocation')}</Tag> : m.undoneBy ? <Tag>{t('payments.detail.undone')}</Tag> : <Tag color="green">{t('payments.detail.allocation')}</Tag>) }]),
    { title: t('payments.detail.amount'), dataIndex: 'amount', key: 'amount', align: 'right', render: (m) => <span className="num">{fmt.money(m)}</span> },
    { title: t('payments.detail.effective'), dataIndex: 'effectiveDate', key: 'effective', render: (v: string) => fmt.date(v) },
    ...(inForce ? [] : [{ title: t('payments.detail.unappliedAfter'), dataIndex: 'openAfter', key: 'after', align: 'right' as const, render: (m: Movement['openAfter']) => <span className="num">{fmt.money(m)}</span> }]),
    { title: t('payments.detail.recorded'), key: 'recorded', responsive: ['xl'], render: (_: unknown, m) => <Typography.Text type="secondary">{m.recordedBy} · {fmt.dateTime(m.recordedAt)}</Typography.Text> },
    { title: t('payments.detail.note'), dataIndex: 'note', key: 'note', responsive: [inForce ? 'lg' : 'xxl'], render: (v: string | null) => v || '—' },
    ...(inForce && canPost && !reversed
      ? [{
          title: t('payments.columns.actions'), key: 'actions', fixed: 'right' as const,
          render: (_: unknown, m: Movement) => (
            <Button size="small" danger type="link" icon={<RollbackOutlined />} onClick={() => setUnallocating(m)} aria-label={t('payments.actions.unallocateFrom', { document: m.counterDocumentNumber ?? '' })}>
              {t('payments.actions.unallocate')}
            </Button>
          ),
        }]
      : []),
  ];

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <div className="page-header" style={{ marginBottom: 8 }}>
          <div>
            <Space size={8} wrap>
              <ReceiptTypeTag type={item.type} />
              <ReceiptStatusTag status={item.status} />
            </Space>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 0' }} className="mono">{item.documentNumber}</Typography.Title>
            <Link to={`/customers/${item.customerId}`}>{label}</Link>
          </div>
          <div className="page-header-extra">
            {canPost && item.status === 'OPEN' && <Button type="primary" icon={<SwapOutlined />} onClick={() => setAllocating(true)} data-testid="allocate-receipt">{t('payments.actions.allocate')}</Button>}
            {canPost && !reversed && <Button danger onClick={() => setReversing(true)} data-testid="reverse-receipt">{t('payments.actions.reverse')}</Button>}
          </div>
        </div>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('payments.fields.amount')}><span className="num">{fmt.money(item.originalAmount)}</span></Descriptions.Item>
          <Descriptions.Item label={t('payments.fields.unapplied')}><Typography.Text strong className="num" data-testid="unapplied">{fmt.money(item.openAmount)}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label={t('payments.fields.valueDate')}>{fmt.date(item.valueDate ?? item.documentDate)}</Descriptions.Item>
          <Descriptions.Item label={t('payments.fields.reference')}>{item.reference || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('payments.fields.description')}>{item.description || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('payments.fields.recordedBy')}>{item.createdBy} · {fmt.dateTime(item.createdAt)}</Descriptions.Item>
          {reversal && <Descriptions.Item label={t('payments.detail.reversedBy')}><span className="mono">{reversal.documentNumber}</span> · {fmt.date(reversal.documentDate)} · {reversal.description}</Descriptions.Item>}
        </Descriptions>
      </Card>

      <Card title={<h2 className="card-title">{t('payments.detail.allocations')}</h2>} style={{ marginBottom: 16 }}>
        <Table<Movement>
          rowKey="allocationId"
          size="middle"
          columns={movementColumns(true)}
          dataSource={applied}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('payments.detail.allocations')}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('payments.detail.noAllocations')} /> }}
        />
      </Card>
      <Card title={<h2 className="card-title">{t('payments.detail.history')}</h2>}>
        <Table<Movement>
          rowKey="allocationId"
          size="small"
          columns={movementColumns(false)}
          dataSource={history}
          pagination={history.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          aria-label={t('payments.detail.history')}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('payments.detail.noHistory')} /> }}
        />
      </Card>

      {allocating && (
        <AllocationDialog
          open
          target={{ kind: 'existing', credit: item }}
          customerLabel={label}
          onClose={() => setAllocating(false)}
          onDone={(r) => {
            setAllocating(false);
            message.success(t('payments.messages.allocated', { count: r.lines.length }));
            reload();
          }}
        />
      )}
      {unallocating && <ReasonModal
        open
        title={t('payments.unallocate.title')}
        intro={t('payments.unallocate.intro', { amount: fmt.money(unallocating.amount), document: unallocating.counterDocumentNumber ?? '' })}
        okText={t('payments.actions.unallocate')}
        onSubmit={(reason, _date, key) => paymentsApi.unallocate(unallocating.allocationId, reason, key)}
        onClose={() => setUnallocating(null)}
        onDone={() => {
          setUnallocating(null);
          message.success(t('payments.messages.unallocated'));
          reload();
        }}
      />}
      {reversing && <ReasonModal
        open
        title={t('payments.reverse.title', { number: item.documentNumber })}
        intro={<Typography.Paragraph>{applied.length === 0
          ? t('payments.reverse.introOnAccount', { amount: fmt.money(item.originalAmount) })
          : t('payments.reverse.intro', { amount: fmt.money(item.originalAmount), count: applied.length })}</Typography.Paragraph>}
        okText={t('payments.actions.reverse')}
        withDate
        earliest={item.valueDate ?? item.documentDate}
        onSubmit={(reason, date, key) => paymentsApi.reverse(item.id, reason, date, key)}
        onClose={() => setReversing(false)}
        onDone={() => {
          setReversing(false);
          message.success(t('payments.messages.reversed'));
          reload();
        }}
      />}
    </>
  );
}
