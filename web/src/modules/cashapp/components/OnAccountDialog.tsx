import { Form, Modal } from 'antd';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Line } from '../api';
import { CustomerPicker } from './CustomerPicker';

/** Puts the whole line on a customer's account; the engine's customer is proposed. */
export function OnAccountDialog({ line, suggested, onCancel, onSubmit }: {
  line: Line | null; suggested: { id: string; name: string | null } | null; onCancel: () => void;
  onSubmit: (customerId: string) => Promise<unknown>;
}) {
  const t = useT();
  const fmt = useFormat();
  const [form] = Form.useForm<{ customerId: string }>();
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, (v: { customerId: string }) => onSubmit(v.customerId));
  return (
    <Modal
      open={line !== null}
      title={line ? t('cashapp.onAccount.title', { amount: fmt.money(line.amount) }) : ''}
      okText={t('cashapp.onAccount.submit')}
      okButtonProps={{ loading: submitting }}
      cancelText={t('core.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {line && (
        <Form form={form} layout="vertical" onFinish={onFinish} preserve={false} initialValues={{ customerId: suggested?.id }}>
          <FormErrorAlert error={error} otherErrors={otherErrors} />
          <Form.Item name="customerId" label={t('cashapp.onAccount.customer')} rules={[{ required: true, message: t('cashapp.onAccount.customer') }]}>
            <CustomerPicker companyId={line.companyId} initial={suggested} placeholder={t('cashapp.onAccount.search')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
