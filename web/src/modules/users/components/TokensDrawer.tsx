import { useCallback, useState } from 'react';
import { Alert, App, Button, Drawer, Empty, Form, Input, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { LoadError } from '../../../core/components/LoadError';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { usersApi, type ApiToken, type CreatedToken, type UserAccount } from '../api';

interface Values {
  name: string;
  validDays?: number | null;
}

/** A user's API tokens: list, create (the secret is shown here once), revoke. */
export function TokensDrawer({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const load = useCallback((signal: AbortSignal) => usersApi.tokens(user.id, signal), [user.id]);
  const { data, error, loading, reload } = useLoad<ApiToken[]>(load);
  const { onFinish, submitting, error: createError, otherErrors } = useServerForm(form, async (v: Values) => {
    const c = await usersApi.createToken(user.id, v.name.trim(), v.validDays ?? null);
    setCreated(c);
    form.resetFields();
    reload();
    return c;
  });

  const revoke = async (tok: ApiToken) => {
    try {
      await usersApi.revokeToken(user.id, tok.id);
      message.success(t('users.tokens.revoked', { name: tok.name }));
      reload();
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };

  return (
    <Drawer open onClose={onClose} size="large" title={t('users.tokens.title', { username: user.username })}>
      <Typography.Paragraph type="secondary">{t('users.tokens.help')}</Typography.Paragraph>
      {created && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setCreated(null) }}
          style={{ marginBottom: 16 }}
          title={t('users.tokens.createdTitle', { name: created.token.name })}
          description={
            <>
              <Typography.Paragraph strong>{t('users.tokens.showOnce')}</Typography.Paragraph>
              <Typography.Text copyable className="mono" data-testid="token-secret" style={{ wordBreak: 'break-all' }}>{created.secret}</Typography.Text>
            </>
          }
        />
      )}
      <FormErrorAlert error={createError} otherErrors={otherErrors} />
      <Form<Values> form={form} layout="inline" onFinish={onFinish} style={{ marginBottom: 16, rowGap: 8 }} aria-label={t('users.tokens.create')}>
        <Form.Item name="name" label={t('users.tokens.name')} rules={[{ required: true, whitespace: true, message: t('users.form.required') }]}>
          <Input placeholder={t('users.tokens.namePlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item name="validDays" label={t('users.tokens.validDays')}>
          <InputNumber min={1} max={3650} placeholder={t('users.tokens.forever')} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<KeyOutlined />} loading={submitting}>{t('users.tokens.create')}</Button>
        </Form.Item>
      </Form>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<ApiToken>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('users.tokens.title', { username: user.username })}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.tokens.empty')} /> }}
          columns={[
            { title: t('users.tokens.name'), dataIndex: 'name', key: 'name' },
            { title: t('users.tokens.status'), key: 'status', render: (_: unknown, tok) => (tok.active ? <Tag color="green">{t('users.tokens.active')}</Tag> : tok.revokedAt ? <Tag>{t('users.tokens.revokedTag')}</Tag> : <Tag color="orange">{t('users.tokens.expired')}</Tag>) },
            { title: t('users.tokens.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => fmt.dateTime(v) },
            { title: t('users.tokens.expiresAt'), dataIndex: 'expiresAt', key: 'expiresAt', render: (v: string | null) => (v ? fmt.dateTime(v) : t('users.tokens.never')) },
            { title: t('users.tokens.lastUsed'), dataIndex: 'lastUsedAt', key: 'lastUsedAt', render: (v: string | null) => (v ? fmt.dateTime(v) : '—') },
            {
              title: t('users.columns.actions'), key: 'actions',
              render: (_: unknown, tok) => tok.active && (
                <Popconfirm title={t('users.tokens.revokeConfirm', { name: tok.name })} description={t('users.tokens.revokeHelp')} okText={t('users.tokens.revoke')} okButtonProps={{ danger: true }} cancelText={t('core.actions.cancel')} onConfirm={() => revoke(tok)}>
                  <Button size="small" danger type="link">{t('users.tokens.revoke')}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('users.tokens.cli')}</Typography.Text>
        <Typography.Text code copyable>{`./openar token create --user ${user.username}`}</Typography.Text>
      </Space>
    </Drawer>
  );
}
