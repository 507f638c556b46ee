import { Form, Input, Modal, Typography } from 'antd';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';

/** Asks for the reason of a not-AR decision or an undo, and submits it. */
export function ReasonDialog({ kind, onCancel, onSubmit }: {
  kind: 'notAr' | 'undo' | null; onCancel: () => void; onSubmit: (reason: string) => Promise<unknown>;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, (v: { reason: string }) => onSubmit(v.reason));
  const notAr = kind === 'notAr';
  return (
    <Modal
      open={kind !== null}
      title={t(notAr ? 'cashapp.reason.notArTitle' : 'cashapp.reason.undoTitle')}
      okText={t(notAr ? 'cashapp.reason.submitNotAr' : 'cashapp.reason.submitUndo')}
      okButtonProps={{ danger: !notAr, loading: submitting }}
      cancelText={t('core.actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(notAr ? 'cashapp.reason.notArHint' : 'cashapp.reason.undoHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <FormErrorAlert error={error} otherErrors={otherErrors} />
        <Form.Item name="reason" label={t('cashapp.reason.label')} rules={[{ required: true, whitespace: true, message: t('cashapp.reason.label') }]}>
          <Input.TextArea autoFocus rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
