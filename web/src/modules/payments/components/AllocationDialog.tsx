import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Descriptions, Input, Modal, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ThunderboltOutlined } from '@ant-design/icons';
import { newIdempotencyKey } from '../../../core/api/client';
import { describeError } from '../../../core/api/describeError';
import { ApiError } from '../../../core/api/problem';
import type { Money } from '../../../core/api/types';
import { LoadError } from '../../../core/components/LoadError';
import { daysBetween } from '../../../core/format/dates';
import { isZeroMoney } from '../../../core/format/money';
import { useFormat } from '../../../core/format/useFormat';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useT } from '../../../core/i18n/I18nProvider';
import { proposeFifo, summarize, type AllocationLine, type OpenDebit } from '../allocation';
import { openDebits, paymentsApi, type AllocationResult, type LedgerItem, type LineRequest, type ReceiptRequest } from '../api';

export type AllocationTarget =
  | { kind: 'new'; receipt: Omit<ReceiptRequest, 'allocations'> }
  | { kind: 'existing'; credit: LedgerItem };

const BUSY = 'LEDGER_ITEM_BUSY';
const later = (a: string, b: string) => (a > b ? a : b);

/** Quotes discounts a few at a time, only for debits whose terms offer one. */
async function quoteAll(items: LedgerItem[], date: string, signal: AbortSignal): Promise<Map<string, { discount: Money; percent: string; windowEndsOn: string | null }>> {
  const out = new Map<string, { discount: Money; percent: string; windowEndsOn: string | null }>();
  const todo = items.filter((i) => i.paymentTerms?.includes('/'));
  const next = async (): Promise<void> => {
    const item = todo.shift();
    if (!item) return;
    const q = await paymentsApi.discount(item.id, later(date, item.documentDate), signal);
    out.set(item.id, { discount: q.discount, percent: q.percent, windowEndsOn: q.windowEndsOn });
    return next();
  };
  await Promise.all([next(), next(), next(), next()]);
  return out;
}

/** The row of a server field error such as `lines[2].amount` (allocations) or `allocations[2].amount` (receipts). */
function lineIndexOf(field: string): number | null {
  const m = /^(?:lines|allocations)\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
}

/**
 * 核销: applies a receipt (being recorded, or already on account) to the customer's open debits. Proposes the oldest
 * due first with the early-payment discount each one earns on the allocation date, lets the clerk change every amount,
 * keeps the totals exact (BigInt minor units) and posts once, with an Idempotency-Key, so a retry never books twice.
 */
export function AllocationDialog({ open, target, customerLabel, onClose, onDone, onReceiptProblem }: {
  open: boolean;
  target: AllocationTarget;
  customerLabel: string;
  onClose: () => void;
  onDone: (result: AllocationResult) => void;
  /** New receipts: errors on the receipt's own fields (its number, its date) go back to the receipt form. */
  onReceiptProblem?: (error: ApiError) => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const isNew = target.kind === 'new';
  const customerId = isNew ? target.receipt.customerId : target.credit.customerId;
  const available: Money = isNew ? target.receipt.amount : target.credit.openAmount;
  const currency = available.currency;
  const allocationDate = isNew ? target.receipt.valueDate : (target.credit.valueDate ?? target.credit.documentDate);

  const [debits, setDebits] = useState<OpenDebit[] | null>(null);
  const [quotes, setQuotes] = useState<Map<string, { percent: string; windowEndsOn: string | null }>>(new Map());
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const retryLoad = () => {
    setLoadError(null);
    setAttempt((a) => a + 1);
  };
  const [lines, setLines] = useState<AllocationLine[]>([]);
  const [note, setNote] = useState('');
  const [posting, setPosting] = useState(false);
  const [postError, setPostError] = useState<ApiError | Error | null>(null);
  const [rowErrors, setRowErrors] = useState<Map<string, string>>(new Map());
  const idem = useRef<{ body: string; key: string } | null>(null);

  // mounted when the dialog opens (its state starts fresh); "try again" loads once more
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    (async () => {
      const items = await openDebits(customerId, currency, controller.signal);
      const q = await quoteAll(items, allocationDate, controller.signal);
      const ds: OpenDebit[] = items.map((i) => ({
        id: i.id,
        documentNumber: i.installmentNo ? `${i.documentNumber} / ${i.installmentNo}` : i.documentNumber,
        dueDate: i.dueDate ?? i.documentDate,
        documentDate: i.documentDate,
        open: i.openAmount,
        offer: q.get(i.id)?.discount ?? { amount: '0', currency },
      }));
      if (controller.signal.aborted) return;
      setQuotes(q);
      setDebits(ds);
      setLines(proposeFifo(ds, available));
    })().catch((e: unknown) => {
      if (!controller.signal.aborted) setLoadError(e);
    });
    return () => controller.abort();
    // a new dialog (or "try again") loads afresh; the amounts are re-proposed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, attempt, customerId, currency, allocationDate]);

  const summary = useMemo(() => (debits ? summarize(debits, lines, available) : null), [debits, lines, available]);
  const resultOf = useMemo(() => new Map((summary?.lines ?? []).map((l) => [l.debitId, l])), [summary]);

  const setLine = useCallback((debitId: string, patch: Partial<AllocationLine>) => {
    setLines((ls) => ls.map((l) => (l.debitId === debitId ? { ...l, ...patch } : l)));
    setRowErrors((m) => (m.has(debitId) ? new Map([...m].filter(([k]) => k !== debitId)) : m));
  }, []);

  const problemText = (p: string | null) => (p ? t(`payments.allocate.problem.${p}`) : null);

  const post = async () => {
    if (!summary || !summary.valid) return;
    const lineRequests: LineRequest[] = summary.postable.map((r) => ({
      debitItemId: r.debitId,
      amount: r.amount,
      takeDiscount: lines.find((l) => l.debitId === r.debitId)?.takeDiscount ?? false,
    }));
    const body = isNew
      ? { ...target.receipt, allocations: lineRequests }
      : { creditItemId: target.credit.id, note: note.trim() || null, lines: lineRequests };
    const json = JSON.stringify(body);
    // one key per distinct request: a retry of the same request replays, a changed one is a new action
    if (idem.current?.body !== json) idem.current = { body: json, key: newIdempotencyKey() };
    setPosting(true);
    setPostError(null);
    setRowErrors(new Map());
    try {
      const result = isNew
        ? await paymentsApi.receive(body as ReceiptRequest, idem.current.key)
        : await paymentsApi.allocate(body as { creditItemId: string; note: string | null; lines: LineRequest[] }, idem.current.key);
      idem.current = null;
      onDone(result);
    } catch (e) {
      if (e instanceof ApiError && isNew && onReceiptProblem && e.fieldErrors.some((fe) => lineIndexOf(fe.field) === null)) {
        onReceiptProblem(e);
      } else if (e instanceof ApiError) {
        const byRow = new Map<string, string>();
        const rest = e.fieldErrors.filter((fe) => {
          const i = lineIndexOf(fe.field);
          const id = i === null ? undefined : lineRequests[i]?.debitItemId;
          if (id) byRow.set(id, fe.message);
          return !id;
        });
        setRowErrors(byRow);
        if (byRow.size === 0 || rest.length > 0 || e.fieldErrors.length === 0) setPostError(e);
      } else {
        setPostError(e as Error);
      }
    } finally {
      setPosting(false);
    }
  };

  const columns: ColumnsType<OpenDebit> = [
    { title: t('payments.allocate.document'), dataIndex: 'documentNumber', key: 'documentNumber', render: (v: string) => <span className="mono">{v}</span> },
    {
      title: t('payments.allocate.dueDate'), dataIndex: 'dueDate', key: 'dueDate',
      render: (v: string) => {
        const late = daysBetween(v, allocationDate);
        return (
          <Space size={4} wrap>
            {fmt.date(v)}
            {late > 0 && <Tag color={late > 90 ? 'red' : 'orange'}>{t('payments.allocate.overdue', { count: late })}</Tag>}
          </Space>
        );
      },
    },
    { title: t('payments.allocate.open'), dataIndex: 'open', key: 'open', align: 'right', render: (m: Money) => <span className="num">{fmt.money(m)}</span> },
    {
      title: t('payments.allocate.discountAvailable'), key: 'offer', align: 'right',
      render: (_: unknown, d) => {
        const q = quotes.get(d.id);
        if (!q || isZeroMoney(d.offer)) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Tooltip title={q.windowEndsOn ? t('payments.allocate.discountUntil', { date: fmt.date(q.windowEndsOn) }) : undefined}>
            <span className="num">{fmt.money(d.offer)}</span> <Tag color="green" style={{ marginInlineEnd: 0 }}>{q.percent}%</Tag>
          </Tooltip>
        );
      },
    },
    {
      title: t('payments.allocate.apply'), key: 'amount', width: 190,
      render: (_: unknown, d) => {
        const line = lines.find((l) => l.debitId === d.id);
        const r = resultOf.get(d.id);
        const err = rowErrors.get(d.id) ?? (line?.selected ? problemText(r?.problem ?? null) : null);
        return (
          <div>
            <MoneyInput
              currency={currency}
              value={line?.amount || null}
              min="0"
              size="small"
              status={err ? 'error' : undefined}
              aria-label={t('payments.allocate.amountFor', { document: d.documentNumber })}
              aria-invalid={!!err}
              onChange={(v) => setLine(d.id, { amount: v ?? '', selected: !!v && v !== '0' })}
            />
            {err && <div className="field-error" role="alert">{err}</div>}
          </div>
        );
      },
    },
    {
      title: t('payments.allocate.takeDiscount'), key: 'take', align: 'center', width: 90,
      render: (_: unknown, d) => {
        const line = lines.find((l) => l.debitId === d.id);
        if (isZeroMoney(d.offer)) return null;
        return <Checkbox checked={line?.takeDiscount} onChange={(e) => setLine(d.id, { takeDiscount: e.target.checked })} aria-label={t('payments.allocate.takeDiscountFor', { document: d.documentNumber })} />;
      },
    },
    {
      title: t('payments.allocate.after'), key: 'after', align: 'right',
      render: (_: unknown, d) => {
        const r = resultOf.get(d.id);
        if (!r || isZeroMoney(r.amount)) return <Typography.Text type="secondary" className="num">{fmt.money(d.open)}</Typography.Text>;
        return (
          <Space orientation="vertical" size={0} style={{ alignItems: 'flex-end' }}>
            {r.settles ? <Tag color="success" style={{ marginInlineEnd: 0 }}>{t('payments.allocate.settled')}</Tag> : <span className="num">{fmt.money(r.openAfter)}</span>}
            {!isZeroMoney(r.discount) && <Typography.Text type="success" style={{ fontSize: 12 }}>{t('payments.allocate.discountEarned', { amount: fmt.money(r.discount) })}</Typography.Text>}
          </Space>
        );
      },
    },
  ];

  const busy = postError instanceof ApiError && postError.code === BUSY;
  const submitLabel = isNew
    ? summary && summary.postable.length > 0 ? t('payments.allocate.postAndAllocate', { count: summary.postable.length }) : t('payments.allocate.postOnAccount')
    : t('payments.allocate.allocate', { count: summary?.postable.length ?? 0 });

  return (
    <Modal
      open={open}
      title={t(isNew ? 'payments.allocate.titleNew' : 'payments.allocate.titleExisting')}
      width={1100}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space wrap style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('core.actions.cancel')}</Button>
          <Button
            type="primary"
            loading={posting}
            disabled={!summary || !summary.valid || (!isNew && summary.postable.length === 0)}
            onClick={() => void post()}
            data-testid="post-allocation"
          >
            {submitLabel}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('payments.fields.customer')}>{customerLabel}</Descriptions.Item>
        <Descriptions.Item label={t(isNew ? 'payments.fields.amount' : 'payments.fields.unapplied')}>{fmt.money(available)}</Descriptions.Item>
        <Descriptions.Item label={t('payments.allocate.date')}>{fmt.date(allocationDate)}</Descriptions.Item>
      </Descriptions>

      {busy && (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={t('payments.busy.title')} description={t('payments.busy.detail')}
          action={<Button size="small" onClick={() => void post()}>{t('core.actions.retry')}</Button>} />
      )}
      {postError && !busy && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={describeError(postError, t).title} description={describeError(postError, t).detail || undefined} />
      )}

      {loadError ? (
        <LoadError error={loadError} onRetry={retryLoad} />
      ) : !debits || !summary ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Space style={{ marginBottom: 8 }} wrap>
            <Button icon={<ThunderboltOutlined />} onClick={() => setLines(proposeFifo(debits, available))} disabled={debits.length === 0}>{t('payments.allocate.propose')}</Button>
            <Button onClick={() => setLines(debits.map((d) => ({ debitId: d.id, selected: false, amount: '', takeDiscount: !isZeroMoney(d.offer) })))} disabled={debits.length === 0}>
              {t('payments.allocate.clear')}
            </Button>
            <Typography.Text type="secondary">{t('payments.allocate.hint')}</Typography.Text>
          </Space>
          <Table<OpenDebit>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={debits}
            pagination={false}
            scroll={{ x: 'max-content', y: 380 }}
            aria-label={t('payments.allocate.tableLabel')}
            rowClassName={(d) => (rowErrors.has(d.id) || (lines.find((l) => l.debitId === d.id)?.selected && resultOf.get(d.id)?.problem) ? 'row-error' : '')}
            rowSelection={{
              selectedRowKeys: lines.filter((l) => l.selected).map((l) => l.debitId),
              onChange: (keys) => setLines((ls) => ls.map((l) => {
                const selected = keys.includes(l.debitId);
                if (selected === l.selected) return l;
                if (!selected) return { ...l, selected: false, amount: '' };
                // a newly ticked debit takes what is left, up to what settles it
                const d = debits.find((x) => x.id === l.debitId)!;
                const proposal = proposeFifo([d], summary.remaining.amount.startsWith('-') ? { amount: '0', currency } : summary.remaining)[0]!;
                return { ...l, selected: true, amount: proposal.amount || d.open.amount, takeDiscount: proposal.takeDiscount };
              })),
              getCheckboxProps: (d) => ({ 'aria-label': t('payments.allocate.select', { document: d.documentNumber }) }) as never,
            }}
            locale={{ emptyText: t('payments.allocate.noDebits', { currency }) }}
          />
          {!isNew && (
            <Input
              style={{ marginTop: 12 }}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={500}
              placeholder={t('payments.allocate.note')}
              aria-label={t('payments.allocate.note')}
            />
          )}
          <div className={`allocation-totals${summary.overAllocated ? ' over' : ''}`} role="status" aria-live="polite" data-testid="allocation-totals">
            <div><span>{t(isNew ? 'payments.fields.amount' : 'payments.fields.unapplied')}</span><strong className="num">{fmt.money(summary.available)}</strong></div>
            <div><span>{t('payments.allocate.allocated')}</span><strong className="num" data-testid="allocated-total">{fmt.money(summary.allocated)}</strong></div>
            <div><span>{t('payments.allocate.discounts')}</span><strong className="num">{fmt.money(summary.discounts)}</strong></div>
            <div>
              <span>{t(summary.overAllocated ? 'payments.allocate.over' : 'payments.allocate.remaining')}</span>
              <strong className="num" data-testid="remaining-total">{fmt.money(summary.remaining)}</strong>
            </div>
          </div>
          {summary.overAllocated && <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title={t('payments.allocate.overDetail', { amount: fmt.money(summary.available) })} />}
        </>
      )}
    </Modal>
  );
}
