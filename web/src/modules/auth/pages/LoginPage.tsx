import { useEffect } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { safeRedirect } from '../../../app/menu';
import { useAuth } from '../../../core/auth/AuthProvider';
import { useReadyMark } from '../../../core/components/useReadyMark';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';

interface Credentials {
  username: string;
  password: string;
}

export default function LoginPage() {
  const t = useT();
  const { state, login, expired } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Credentials>();
  const redirect = safeRedirect(params.get('redirect'));
  useReadyMark();
  const { submitting, error, otherErrors, onFinish, clearError } = useServerForm(form, (v: Credentials) => login(v.username.trim(), v.password));

  useEffect(() => {
    document.title = `${t('auth.title')} · OpenAR`;
  }, [t]);

  if (state === 'signed-in') return <Navigate to={redirect} replace />;

  return (
    <main className="login-page">
      <div className="login-top">
        <LanguageSwitch type="text" />
      </div>
      <div style={{ textAlign: 'center', marginBottom: 24 }}>
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <Typography.Title level={1} style={{ margin: '8px 0 0', fontSize: 28 }}>OpenAR</Typography.Title>
        <Typography.Text type="secondary">{t('auth.subtitle')}</Typography.Text>
      </div>
      <Card className="login-card" title={<span role="heading" aria-level={2}>{t('auth.title')}</span>}>
        {expired && !error && <Alert type="warning" showIcon role="status" style={{ marginBottom: 16 }} title={t('auth.expired')} />}
        <FormErrorAlert error={error} otherErrors={otherErrors} onClose={clearError} />
        <Form<Credentials>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={async (values) => {
            const user = await onFinish(values);
            if (user) navigate(redirect, { replace: true });
          }}
          aria-label={t('auth.title')}
        >
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>{t('auth.footer')}</Typography.Text>
    </main>
  );
}
