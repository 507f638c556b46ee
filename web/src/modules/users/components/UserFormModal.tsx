import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { useAuth } from '../../../core/auth/AuthProvider';
import type { Role } from '../../../core/auth/access';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../core/i18n/languages';
import { useT } from '../../../core/i18n/I18nProvider';
import { usersApi, type UserAccount } from '../api';
import { PasswordField } from './PasswordField';
import { RoleChecks } from './RoleChecks';

interface Values {
  username?: string;
  displayName?: string;
  email?: string;
  password?: string;
  roles: Role[];
  language: string;
  enabled?: boolean;
}

/** Create a user (with a first password) or edit one (display name, email, roles, language, enabled). */
export function UserFormModal({ open, user, onClose, onSaved }: { open: boolean; user: UserAccount | null; onClose: () => void; onSaved: (u: UserAccount) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { user: me } = useAuth();
  const [form] = Form.useForm<Values>();
  const editing = user !== null;
  const self = editing && me?.id === user.id;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(user
      ? { displayName: user.displayName ?? '', email: user.email ?? '', roles: user.roles, language: user.language, enabled: user.enabled }
      : { roles: [], language: 'zh-CN', enabled: true });
  }, [open, user, form]);

  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, async (v: Values) => {
    const saved = user
      ? await usersApi.update(user.id, { displayName: v.displayName?.trim() ?? '', email: v.email?.trim() || null, roles: v.roles, language: v.language, enabled: !!v.enabled })
      : await usersApi.create({ username: v.username!.trim(), displayName: v.displayName?.trim() || null, email: v.email?.trim() || null, password: v.password ?? '', roles: v.roles, language: v.language });
    message.success(t(user ? 'users.messages.saved' : 'users.messages.created', { username: saved.username }));
    onSaved(saved);
    return saved;
  });

  useEffect(() => {
    if (open) clearError();
  }, [open, clearError]);

  return (
    <Modal
      open={open}
      title={user ? t('users.edit.title', { username: user.username }) : t('users.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('core.actions.save')}
      cancelText={t('core.actions.cancel')}
      confirmLoading={submitting}
      width={640}
      forceRender
    >
      {self && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('users.edit.selfNote')} />}
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} aria-label={user ? t('users.edit.title', { username: user.username }) : t('users.create.title')}>
        {!editing && (
          <Form.Item name="username" label={t('users.fields.username')} extra={t('users.create.usernameHelp')} rules={[{ required: true, message: t('users.form.required') }, { pattern: /^[A-Za-z0-9._@-]{2,64}$/, message: t('users.create.usernameInvalid') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.fields.displayName')} rules={editing ? [{ required: true, whitespace: true, message: t('users.form.required') }] : []}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('users.fields.email')} rules={[{ type: 'email', message: t('users.form.email') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        {!editing && (
          <Form.Item name="password" label={t('users.fields.password')} extra={t('users.password.rules')} rules={[{ required: true, message: t('users.form.required') }]}>
            <PasswordField />
          </Form.Item>
        )}
        <Form.Item name="language" label={t('users.fields.language')}>
          <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
        </Form.Item>
        <Form.Item name="roles" label={t('users.fields.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.form.oneRole') }]}>
          <RoleChecks />
        </Form.Item>
        {editing && (
          <Form.Item name="enabled" label={t('users.fields.enabled')} valuePropName="checked" extra={<Typography.Text type="secondary">{t('users.edit.enabledHelp')}</Typography.Text>}>
            <Switch disabled={self} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
