import { App, Button, Card, Form, Input, Typography } from 'antd';
import { api } from '../../../core/api/client';
import { PageHeader } from '../../../core/components/PageHeader';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the current one, a new one twice. This session stays signed in; the user's other sessions end. */
export default function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, async (v: Values) => {
    await api.post('/auth/me/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
    form.resetFields();
    message.success(t('account.password.changed'));
    return true;
  });

  return (
    <>
      <PageHeader title={t('account.password.title')} description={t('account.password.description')} />
      <Card style={{ maxWidth: 560 }}>
        <FormErrorAlert error={error} otherErrors={otherErrors} />
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} aria-label={t('account.password.title')}>
          <Form.Item name="currentPassword" label={t('account.password.current')} rules={[{ required: true, message: t('account.password.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('account.password.new')} extra={t('account.password.rules')} rules={[{ required: true, message: t('account.password.required') }, { min: 10, message: t('account.password.rules') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('account.password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('account.password.required') },
              ({ getFieldValue }) => ({
                validator: (_, v: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.password.mismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('account.password.sessions')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="change-password">{t('account.password.submit')}</Button>
        </Form>
      </Card>
    </>
  );
}
