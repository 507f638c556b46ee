import { useState } from 'react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { usersApi, type UserAccount } from '../api';
import { PasswordField } from './PasswordField';

/** Render it only for a user (fresh state each time). An administrator sets a new password; the user's sessions end and sign-in throttling is lifted. */
export function ResetPasswordModal({ user, onClose }: { user: UserAccount | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [done, setDone] = useState<string | null>(null);
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, async (v: { password: string }) => {
    await usersApi.resetPassword(user!.id, v.password);
    message.success(t('users.password.resetDone', { username: user!.username }));
    setDone(v.password);
    return true;
  });
  return (
    <Modal
      open={user !== null}
      title={user ? t('users.password.resetTitle', { username: user.username }) : ''}
      onCancel={onClose}
      onOk={() => (done ? onClose() : form.submit())}
      okText={done ? t('users.actions.close') : t('users.password.reset')}
      cancelText={t('core.actions.cancel')}
      cancelButtonProps={{ style: done ? { display: 'none' } : undefined }}
      confirmLoading={submitting}
      forceRender
    >
      {done ? (
        <Alert type="success" showIcon title={t('users.password.handOver')} description={<Typography.Text copyable className="mono" style={{ fontSize: 16 }}>{done}</Typography.Text>} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('users.password.resetHelp')}</Typography.Paragraph>
          <FormErrorAlert error={error} otherErrors={otherErrors} />
          <Form form={form} layout="vertical" onFinish={onFinish} aria-label={t('users.password.reset')}>
            <Form.Item name="password" label={t('users.fields.newPassword')} extra={t('users.password.rules')} rules={[{ required: true, message: t('users.form.required') }]}>
              <PasswordField />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
