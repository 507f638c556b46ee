import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { newIdempotencyKey } from '../../../core/api/client';
import { describeError } from '../../../core/api/describeError';
import { ApiError } from '../../../core/api/problem';
import { todayIso } from '../../../core/format/dates';
import { useT } from '../../../core/i18n/I18nProvider';

interface Values {
  reason: string;
  date?: Dayjs | null;
}

/**
 * Render it only while open (its state starts fresh each time). A confirm dialog for an irreversible-looking step (unallocate, reverse) that needs a written reason, optionally an
 * effective date, and posts once per attempt with its own Idempotency-Key. 409 LEDGER_ITEM_BUSY is explained.
 */
export function ReasonModal({ open, title, intro, okText, withDate, earliest, timeZone, onSubmit, onClose, onDone }: {
  open: boolean;
  title: string;
  intro: React.ReactNode;
  okText: string;
  withDate?: boolean;
  /** The first date allowed (the receipt's value date). */
  earliest?: string;
  timeZone?: string;
  onSubmit: (reason: string, date: string | null, idempotencyKey: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key, setKey] = useState<{ body: string; key: string } | null>(null);

  const submit = async (v: Values) => {
    const reason = v.reason.trim();
    const date = v.date ? v.date.format('YYYY-MM-DD') : null;
    const body = JSON.stringify({ reason, date });
    const k = key?.body === body ? key : { body, key: newIdempotencyKey() };
    setKey(k);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason, date, k.key);
      setKey(null);
      onDone();
    } catch (e) {
      if (e instanceof ApiError) {
        const onReason = e.fieldErrors.find((fe) => fe.field === 'reason' || fe.field === 'note');
        const onDate = e.fieldErrors.find((fe) => fe.field === 'date' || fe.field === 'effectiveDate');
        form.setFields([
          ...(onReason ? [{ name: 'reason' as const, errors: [onReason.message] }] : []),
          ...(onDate ? [{ name: 'date' as const, errors: [onDate.message] }] : []),
        ]);
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const isBusy = error instanceof ApiError && error.code === 'LEDGER_ITEM_BUSY';
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      forceRender
      footer={[
        <Button key="cancel" onClick={onClose}>{t('core.actions.cancel')}</Button>,
        <Button key="ok" type="primary" danger loading={busy} onClick={() => form.submit()} data-testid="confirm-reason">{okText}</Button>,
      ]}
    >
      <div style={{ marginBottom: 16 }}>{intro}</div>
      {isBusy ? (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={t('payments.busy.title')} description={t('payments.busy.detail')} />
      ) : error ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={describeError(error, t).title} description={describeError(error, t).detail || undefined} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} aria-label={title}>
        <Form.Item name="reason" label={t('payments.reason.label')} rules={[{ required: true, whitespace: true, message: t('payments.reason.required') }, { max: 500 }]}>
          <Input.TextArea rows={3} showCount maxLength={500} autoFocus />
        </Form.Item>
        {withDate && (
          <Form.Item name="date" label={t('payments.reason.date')} extra={t('payments.reason.dateHelp')}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso(timeZone) || (!!earliest && d.format('YYYY-MM-DD') < earliest)}
              placeholder={t('payments.reason.today')}
              defaultPickerValue={dayjs(todayIso(timeZone))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
