import { useCallback, useState } from 'react';
import { Button, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../../../core/components/LoadError';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { OUTCOMES, REASONS, collectionsApi, type Decision, type DecisionOutcome } from '../api';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';

export const OUTCOME_COLORS: Record<DecisionOutcome, string> = {
  SEND: 'blue', DEFER: 'cyan', TASK: 'gold', ESCALATE: 'red', CHARGE: 'purple', SKIP: 'default',
};

/**
 * The decisions of one run (or one customer): who gets which communication at which level with which items, or why
 * not. Rows expand to the items; messages open their rendered preview in both languages.
 */
export function DecisionTable({ runId, customerId }: { runId?: string; customerId?: string }) {
  const t = useT();
  const fmt = useFormat();
  const [outcome, setOutcome] = useState<string | undefined>();
  const [reason, setReason] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  const [previewOf, setPreviewOf] = useState<Decision | null>(null);
  const list = useLoad(useCallback((s: AbortSignal) => collectionsApi.decisions({ runId, customerId, outcome, reason, page, size }, s),
    [runId, customerId, outcome, reason, page, size]));
  const preview = useLoad(useCallback((s: AbortSignal) => (previewOf ? collectionsApi.decisionPreview(previewOf.id, s) : Promise.resolve(null)), [previewOf]));

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear style={{ minWidth: 180 }} aria-label={t('collections.decisions.outcome')} placeholder={t('collections.decisions.allOutcomes')}
          value={outcome} onChange={(v) => { setOutcome(v); setPage(0); }} options={OUTCOMES.map((o) => ({ value: o, label: t(`collections.outcome.${o}`) }))} />
        <Select allowClear style={{ minWidth: 240 }} aria-label={t('collections.decisions.reason')} placeholder={t('collections.decisions.allReasons')}
          value={reason} onChange={(v) => { setReason(v); setPage(0); }} options={REASONS.map((r) => ({ value: r, label: t(`collections.reason.${r}`) }))} />
      </Space>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} compact /> : null}
      <Table<Decision> rowKey="id" size="small" aria-label={t('collections.decisions.title')} loading={list.loading} data-testid="decisions"
        dataSource={list.data?.items ?? []} scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('collections.decisions.empty')}</Typography.Text> }}
        pagination={{ current: page + 1, pageSize: size, total: list.data?.total ?? 0, showSizeChanger: true,
          onChange: (p, s) => { setPage(p - 1); setSize(s); } }}
        expandable={{ rowExpandable: (d) => d.items.length > 0, expandedRowRender: (d) => (
          <Table size="small" rowKey="itemId" pagination={false} dataSource={d.items} aria-label={t('collections.decisions.items')}
            columns={[
              { title: t('collections.decisions.document'), dataIndex: 'documentNumber', key: 'doc' },
              { title: t('collections.decisions.dueDate'), dataIndex: 'dueDate', key: 'due', render: (v: string) => fmt.date(v) },
              { title: t('collections.decisions.daysOverdue'), dataIndex: 'daysOverdue', key: 'days', align: 'right' },
              { title: t('collections.decisions.open'), key: 'open', align: 'right', render: (_: unknown, i) => fmt.money(i.open) },
              { title: t('collections.decisions.level'), dataIndex: 'level', key: 'level', align: 'right' },
              { title: t('collections.decisions.excluded'), dataIndex: 'excluded', key: 'excluded',
                render: (v: string | null) => (v ? <Tag>{['DISPUTED', 'PROMISED', 'PLACED'].includes(v) ? t(`collections.excluded.${v}`) : v}</Tag> : '') },
            ]} />
        ) }}
        columns={[
          ...(customerId ? [] : [{ title: t('collections.decisions.customer'), key: 'customer', render: (_: unknown, d: Decision) => (
            <Link to={`/collections/customers/${d.customerId}`}>{d.customerCode} · {d.customerName}</Link>) }]),
          ...(runId ? [] : [{ title: t('collections.decisions.asOf'), key: 'asOf', render: (_: unknown, d: Decision) => (
            <span>{fmt.date(d.asOf)}{d.dryRun && <Tag style={{ marginInlineStart: 4 }}>{t('collections.runs.dry')}</Tag>}</span>) }]),
          { title: t('collections.decisions.outcome'), dataIndex: 'outcome', key: 'outcome',
            render: (o: DecisionOutcome) => <Tag color={OUTCOME_COLORS[o]}>{t(`collections.outcome.${o}`)}</Tag> },
          { title: t('collections.decisions.reason'), dataIndex: 'reason', key: 'reason', render: (r: string) => t(`collections.reason.${r}`) },
          { title: t('collections.decisions.level'), key: 'level', render: (_: unknown, d) => (d.level ? `${d.level} · ${d.stepName ?? ''}` : '') },
          { title: t('collections.decisions.channel'), dataIndex: 'channel', key: 'channel', render: (c: string | null) => (c ? t(`collections.channel.${c}`) : '') },
          { title: t('collections.decisions.recipient'), dataIndex: 'recipient', key: 'recipient' },
          { title: t('collections.decisions.itemsCount'), key: 'items', align: 'right',
            render: (_: unknown, d) => <span>{d.items.map((i) => i.documentNumber).join(', ')}</span> },
          { key: 'preview', render: (_: unknown, d) => (d.templateKey && (d.outcome === 'SEND' || d.outcome === 'DEFER') ? (
            <Button size="small" onClick={() => setPreviewOf(d)} aria-label={t('collections.decisions.previewOf', { customer: d.customerName })}>
              {t('collections.decisions.preview')}</Button>) : null) },
        ]} />
      <Modal open={previewOf !== null} onCancel={() => setPreviewOf(null)} footer={null} width={900}
        title={previewOf ? t('collections.decisions.previewTitle', { customer: previewOf.customerName, level: previewOf.level ?? '' }) : ''}>
        <TemplatePreviewPanel preview={preview.data ?? null} error={preview.error} loading={preview.loading} />
      </Modal>
    </>
  );
}
