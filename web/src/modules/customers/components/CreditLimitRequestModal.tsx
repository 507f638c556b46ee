import { App, Descriptions, Form, Input, Modal } from 'antd';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { customersApi, type Customer } from '../api';

interface Values {
  amount: string;
  reason: string;
}

/** Maker side of the credit-limit approval: a new limit and why; a credit manager or controller decides. */
export function CreditLimitRequestModal({ customer, currency, open, onClose, onRequested }: {
  customer: Customer;
  currency: string;
  open: boolean;
  onClose: () => void;
  onRequested: () => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const ccy = customer.creditLimit?.currency ?? currency;
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, async (v: Values) => {
    const a = await customersApi.requestCreditLimit(customer.id, { amount: v.amount, currency: ccy }, v.reason?.trim() ?? '');
    message.success(t('customers.creditRequest.sent'));
    form.resetFields();
    onRequested();
    return a;
  }, { fieldMap: { creditLimit: ['amount'], 'creditLimit.amount': ['amount'] } });

  return (
    <Modal
      open={open}
      title={t('customers.creditRequest.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('customers.creditRequest.submit')}
      cancelText={t('core.actions.cancel')}
      confirmLoading={submitting}
      forceRender
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('customers.creditRequest.current')}>{customer.creditLimit ? fmt.money(customer.creditLimit) : t('customers.noLimit')}</Descriptions.Item>
      </Descriptions>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} aria-label={t('customers.creditRequest.title')}>
        <Form.Item name="amount" label={t('customers.creditRequest.newLimit')} rules={[{ required: true, message: t('customers.form.required') }]}>
          <MoneyInput currency={ccy} min="0" />
        </Form.Item>
        <Form.Item name="reason" label={t('customers.creditRequest.reason')} rules={[{ required: true, whitespace: true, message: t('customers.form.required') }, { max: 500 }]} extra={t('customers.creditRequest.reasonHelp')}>
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
