import { useState } from 'react';
import { App, Button, DatePicker, Form, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { reportingApi, type CollectionTarget } from '../api';

interface Values {
  month: Dayjs;
  amount: string | null;
}

/** Sets or removes a month's collections target (controllers); problem+json messages land on the fields. */
export function TargetEditor({ companyId, currency, targets, onChanged }: {
  companyId: string;
  currency: string;
  targets: CollectionTarget[];
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const month = Form.useWatch('month', form);
  const existing = month ? targets.find((x) => x.month === month.format('YYYY-MM')) : undefined;
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, (v: Values) =>
    reportingApi.setTarget(companyId, v.month.format('YYYY-MM'), { amount: v.amount ?? '', currency }));

  const start = () => {
    clearError();
    form.setFieldsValue({ month: dayjs(), amount: null });
    setOpen(true);
  };
  const save = async (v: Values) => {
    if (await onFinish(v)) {
      void message.success(t('reporting.kpis.saved'));
      setOpen(false);
      onChanged();
    }
  };
  const remove = async () => {
    if (!existing) return;
    await reportingApi.deleteTarget(companyId, existing.month);
    void message.success(t('reporting.kpis.removed'));
    setOpen(false);
    onChanged();
  };
  return (
    <>
      <Button type="primary" onClick={start}>{t('reporting.kpis.setTarget')}</Button>
      <Modal open={open} title={t('reporting.kpis.editTarget', { month: month?.format('YYYY-MM') ?? '' })} onCancel={() => setOpen(false)}
        footer={null} destroyOnHidden>
        <FormErrorAlert error={error} otherErrors={otherErrors} onClose={clearError} />
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name="month" label={t('reporting.kpis.month')} rules={[{ required: true }]}>
            <DatePicker picker="month" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="amount" label={t('reporting.kpis.amount')} extra={existing ? t('reporting.dashboard.target', { amount: `${existing.amount.amount} ${existing.amount.currency}` }) : undefined}>
            <MoneyInput currency={currency} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting}>{t('core.actions.save')}</Button>
            {existing && <Button danger onClick={() => void remove()}>{t('reporting.kpis.remove')}</Button>}
            <Button onClick={() => setOpen(false)}>{t('core.actions.cancel')}</Button>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
