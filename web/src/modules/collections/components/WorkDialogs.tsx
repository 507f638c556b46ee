import { useCallback, useEffect } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useServerForm } from '../../../core/forms/useServerForm';
import { todayIso } from '../../../core/format/dates';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import {
  ACTIVITY_KINDS, CALL_OUTCOMES, DISPUTE_REASONS, PROMISE_CHANNELS, agencyId, collectionsApi,
  type ActivityKind, type CallOutcome, type DisputeReason, type PromiseChannel,
} from '../api';

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export interface DialogProps {
  customerId: string;
  customerName: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

interface ActivityValues { kind: ActivityKind; outcome?: CallOutcome; note?: string; nextActionDate?: Dayjs }

/** Log a call (with its outcome), a note or a visit, with the next action date. */
export function LogActivityDialog({ customerId, customerName, open, onClose, onDone }: DialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const kind = Form.useWatch('kind', form);
  const submit = useCallback((v: ActivityValues) => collectionsApi.logActivity(customerId, {
    kind: v.kind, outcome: v.kind === 'CALL' ? v.outcome ?? null : null, note: v.note || null, nextActionDate: iso(v.nextActionDate),
  }), [customerId]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit);
  useEffect(() => { if (open) { form.resetFields(); clearError(); } }, [open, form, clearError]);
  return (
    <Modal open={open} title={t('collections.activity.title', { customer: customerName })} onCancel={onClose} okText={t('collections.activity.save')}
      cancelText={t('core.actions.cancel')} confirmLoading={submitting} onOk={() => form.submit()} destroyOnHidden>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<ActivityValues> form={form} layout="vertical" initialValues={{ kind: 'CALL' }} onFinish={async (v) => {
        if (await onFinish(v)) { message.success(t('collections.activity.saved')); onDone(); }
      }}>
        <Form.Item name="kind" label={t('collections.activity.kind')} rules={[{ required: true }]}>
          <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`collections.activityKind.${k}`) }))} />
        </Form.Item>
        {kind === 'CALL' && (
          <Form.Item name="outcome" label={t('collections.activity.outcome')} rules={[{ required: true, message: t('collections.activity.outcomeRequired') }]}>
            <Select options={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`collections.callOutcome.${o}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('collections.activity.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="nextActionDate" label={t('collections.activity.nextActionDate')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(todayIso()), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The request's amount is {amount, currency}; the form has one amount field. */
const PROMISE_FIELDS = { fieldMap: { amount: ['amount'], 'amount.amount': ['amount'], 'amount.currency': ['amount'] } };

interface PromiseValues { amount: string; promisedDate: Dayjs; channel: PromiseChannel; graceDays?: number; promisedBy?: string; note?: string; items?: string[] }

/** Record a promise to pay: amount, date, channel, who promised, and the items it covers (default: all overdue). */
export function PromiseDialog({ customerId, customerName, open, onClose, onDone }: DialogProps) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<PromiseValues>();
  const items = useLoad(useCallback((s: AbortSignal) => (open ? collectionsApi.openItems(customerId, s) : Promise.resolve(null)), [open, customerId]));
  const currency = items.data?.items.find((i) => i.side === 'DEBIT')?.openAmount.currency ?? 'CNY';
  const debits = (items.data?.items ?? []).filter((i) => i.side === 'DEBIT');
  const submit = useCallback((v: PromiseValues) => collectionsApi.makePromise(customerId, {
    amount: { amount: v.amount, currency }, promisedDate: iso(v.promisedDate)!, channel: v.channel, graceDays: v.graceDays ?? null,
    promisedBy: v.promisedBy || null, note: v.note || null, items: v.items ?? [],
  }), [customerId, currency]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit, PROMISE_FIELDS);
  useEffect(() => { if (open) { form.resetFields(); clearError(); } }, [open, form, clearError]);
  return (
    <Modal open={open} title={t('collections.promise.title', { customer: customerName })} onCancel={onClose} okText={t('collections.promise.save')}
      cancelText={t('core.actions.cancel')} confirmLoading={submitting} onOk={() => form.submit()} destroyOnHidden>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<PromiseValues> form={form} layout="vertical" initialValues={{ channel: 'PHONE' }} onFinish={async (v) => {
        if (await onFinish(v)) { message.success(t('collections.promise.saved')); onDone(); }
      }}>
        <Form.Item name="amount" label={t('collections.promise.amount', { currency })} rules={[{ required: true, message: t('collections.promise.amountRequired') }]}>
          <MoneyInput currency={currency} min="0.01" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="promisedDate" label={t('collections.promise.date')} rules={[{ required: true, message: t('collections.promise.dateRequired') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="channel" label={t('collections.promise.channel')} rules={[{ required: true }]}>
          <Select options={PROMISE_CHANNELS.map((c) => ({ value: c, label: t(`collections.promiseChannel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="graceDays" label={t('collections.promise.graceDays')}>
          <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="promisedBy" label={t('collections.promise.promisedBy')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="items" label={t('collections.promise.items')} tooltip={t('collections.promise.itemsHelp')}>
          <Select mode="multiple" allowClear loading={items.loading} options={debits.map((i) => ({ value: i.id,
            label: `${i.documentNumber} · ${fmt.date(i.dueDate)} · ${fmt.money(i.openAmount)}` }))} />
        </Form.Item>
        <Form.Item name="note" label={t('collections.activity.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PlaceValues { agencyId: string; items?: string[]; placedOn?: Dayjs; commissionPercent?: string; note?: string }

/** Place items with a collection agency or a law firm (default: every overdue undisputed item). */
export function PlaceDialog({ customerId, customerName, open, onClose, onDone }: DialogProps) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlaceValues>();
  const refs = useLoad(useCallback(async (s: AbortSignal) => {
    if (!open) return null;
    const [agencies, items] = await Promise.all([collectionsApi.agencies(false, s), collectionsApi.openItems(customerId, s)]);
    return { agencies, items: items.items.filter((i) => i.side === 'DEBIT') };
  }, [open, customerId]));
  const chosen = Form.useWatch('agencyId', form);
  const agency = refs.data?.agencies.find((a) => agencyId(a) === chosen);
  const submit = useCallback((v: PlaceValues) => collectionsApi.place(customerId, {
    agencyId: v.agencyId, items: v.items ?? [], placedOn: iso(v.placedOn), commissionPercent: v.commissionPercent || null, note: v.note || null,
  }), [customerId]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit);
  useEffect(() => { if (open) { form.resetFields(); clearError(); } }, [open, form, clearError]);
  return (
    <Modal open={open} title={t('collections.place.title', { customer: customerName })} onCancel={onClose} okText={t('collections.place.save')}
      cancelText={t('core.actions.cancel')} confirmLoading={submitting} onOk={() => form.submit()} destroyOnHidden>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<PlaceValues> form={form} layout="vertical" onFinish={async (v) => {
        if (await onFinish(v)) { message.success(t('collections.place.saved')); onDone(); }
      }}>
        <Form.Item name="agencyId" label={t('collections.place.agency')} rules={[{ required: true, message: t('collections.place.agencyRequired') }]}>
          <Select loading={refs.loading} notFoundContent={t('collections.place.noAgencies')} options={(refs.data?.agencies ?? []).map((a) => ({
            value: agencyId(a), label: `${a.name} · ${t(`collections.placementKind.${a.kind}`)} · ${a.commissionPercent}%` }))} />
        </Form.Item>
        <Form.Item name="items" label={t('collections.place.items')} tooltip={t('collections.place.itemsHelp')}>
          <Select mode="multiple" allowClear options={(refs.data?.items ?? []).map((i) => ({ value: i.id,
            label: `${i.documentNumber} · ${fmt.date(i.dueDate)} · ${fmt.money(i.openAmount)}` }))} />
        </Form.Item>
        <Form.Item name="commissionPercent" label={t('collections.place.commission')} extra={agency ? t('collections.place.defaultCommission', { percent: agency.commissionPercent }) : undefined}>
          <InputNumber<string> stringMode min="0" max="100" step="0.5" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="placedOn" label={t('collections.place.placedOn')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('collections.activity.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface BlockValues { reason: string; until?: Dayjs }

/** Stop dunning for the customer with a reason, until a date or until lifted. */
export function BlockDialog({ customerId, customerName, open, onClose, onDone }: DialogProps) {
  const t = useT();
  const [form] = Form.useForm<BlockValues>();
  const submit = useCallback((v: BlockValues) => collectionsApi.block(customerId, v.reason, iso(v.until)), [customerId]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit);
  useEffect(() => { if (open) { form.resetFields(); clearError(); } }, [open, form, clearError]);
  return (
    <Modal open={open} title={t('collections.block.title', { customer: customerName })} onCancel={onClose} okText={t('collections.block.save')}
      cancelText={t('core.actions.cancel')} confirmLoading={submitting} onOk={() => form.submit()} destroyOnHidden>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<BlockValues> form={form} layout="vertical" onFinish={async (v) => { if (await onFinish(v)) onDone(); }}>
        <Form.Item name="reason" label={t('collections.block.reason')} rules={[{ required: true, whitespace: true, message: t('collections.block.reasonRequired') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="until" label={t('collections.block.until')} extra={t('collections.block.untilHelp')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(todayIso()), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DisputeValues { itemId: string; reason: DisputeReason; note?: string }

/** Flag an item as disputed (dunning leaves it out while the dispute is open). */
export function DisputeDialog({ customerId, customerName, open, onClose, onDone }: DialogProps) {
  const t = useT();
  const fmt = useFormat();
  const [form] = Form.useForm<DisputeValues>();
  const items = useLoad(useCallback((s: AbortSignal) => (open ? collectionsApi.openItems(customerId, s) : Promise.resolve(null)), [open, customerId]));
  const submit = useCallback((v: DisputeValues) => collectionsApi.openDispute(v.itemId, v.reason, v.note || null), []);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit);
  useEffect(() => { if (open) { form.resetFields(); clearError(); } }, [open, form, clearError]);
  return (
    <Modal open={open} title={t('collections.dispute.title', { customer: customerName })} onCancel={onClose} okText={t('collections.dispute.save')}
      cancelText={t('core.actions.cancel')} confirmLoading={submitting} onOk={() => form.submit()} destroyOnHidden>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<DisputeValues> form={form} layout="vertical" onFinish={async (v) => { if (await onFinish(v)) onDone(); }}>
        <Form.Item name="itemId" label={t('collections.dispute.item')} rules={[{ required: true, message: t('collections.dispute.itemRequired') }]}>
          <Select loading={items.loading} options={(items.data?.items ?? []).filter((i) => i.side === 'DEBIT').map((i) => ({ value: i.id,
            label: `${i.documentNumber} · ${fmt.date(i.dueDate)} · ${fmt.money(i.openAmount)}` }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('collections.dispute.reason')} rules={[{ required: true, message: t('collections.dispute.reasonRequired') }]}>
          <Select options={DISPUTE_REASONS.map((r) => ({ value: r, label: t(`collections.disputeReason.${r}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('collections.activity.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
