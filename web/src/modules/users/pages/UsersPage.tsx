import { useCallback, useMemo, useState } from 'react';
import { Badge, Button, Dropdown, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, KeyOutlined, LockOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES } from '../../../core/auth/access';
import { useAuth } from '../../../core/auth/AuthProvider';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { LANGUAGE_NAMES, type Language } from '../../../core/i18n/languages';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { usersApi, type UserAccount } from '../api';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { TokensDrawer } from '../components/TokensDrawer';
import { UserFormModal } from '../components/UserFormModal';

const FILTERS = ['q', 'role', 'enabled'] as const;

interface FilterValues {
  q?: string;
  role?: string;
  enabled?: string;
}

/** 用户与角色: accounts, their roles and language, passwords and API tokens (administrators only). */
export default function UsersPage() {
  const t = useT();
  const fmt = useFormat();
  const { user: me } = useAuth();
  const [query, setQuery] = useTableQuery({ size: 50, filterKeys: FILTERS });
  const [editing, setEditing] = useState<{ user: UserAccount | null } | null>(null);
  const [resetting, setResetting] = useState<UserAccount | null>(null);
  const [tokensOf, setTokensOf] = useState<UserAccount | null>(null);
  const [reloadKey, setReloadKey] = useState(0);

  const load = useCallback((q: TableQuery, signal: AbortSignal) =>
    usersApi.list({ q: q.filters.q, role: q.filters.role, enabled: q.filters.enabled, page: q.page, size: q.size, sort: q.sort }, signal), []);
  const filterValues = useMemo<FilterValues>(() => ({ ...query.filters }), [query.filters]);

  const columns: ColumnsType<UserAccount> = [
    {
      title: t('users.fields.username'), dataIndex: 'username', key: 'username', sorter: true, fixed: 'left',
      render: (v: string, u) => <Space size={4}><span className="mono">{v}</span>{u.id === me?.id && <Tag color="blue">{t('users.you')}</Tag>}</Space>,
    },
    { title: t('users.fields.displayName'), dataIndex: 'displayName', key: 'displayName', sorter: true, render: (v: string | null) => v || '—' },
    { title: t('users.fields.email'), dataIndex: 'email', key: 'email', responsive: ['lg'], render: (v: string | null) => v || '—' },
    {
      title: t('users.fields.roles'), dataIndex: 'roles', key: 'roles',
      render: (roles: string[]) => <Space size={[4, 4]} wrap>{roles.map((r) => <Tag key={r} color={r === 'ADMIN' ? 'red' : 'blue'}>{t(`core.roles.${r}`)}</Tag>)}</Space>,
    },
    { title: t('users.fields.language'), dataIndex: 'language', key: 'language', responsive: ['md'], render: (v: string) => LANGUAGE_NAMES[v as Language] ?? v },
    { title: t('users.fields.enabled'), dataIndex: 'enabled', key: 'enabled', render: (v: boolean) => <Badge status={v ? 'success' : 'default'} text={t(v ? 'users.enabled' : 'users.disabled')} /> },
    { title: t('users.fields.lastLogin'), dataIndex: 'lastLoginAt', key: 'lastLoginAt', sorter: true, responsive: ['lg'], render: (v: string | null) => (v ? fmt.dateTime(v) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>) },
    { title: t('users.fields.createdAt'), dataIndex: 'createdAt', key: 'createdAt', sorter: true, responsive: ['xxl'], render: (v: string) => fmt.dateTime(v) },
    {
      title: t('users.columns.actions'), key: 'actions', fixed: 'right',
      render: (_: unknown, u) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ user: u })} aria-label={t('users.actions.editUser', { username: u.username })}>{t('users.actions.edit')}</Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', icon: <LockOutlined />, label: t('users.password.reset') },
                { key: 'tokens', icon: <KeyOutlined />, label: t('users.tokens.menu') },
              ],
              onClick: ({ key }) => (key === 'password' ? setResetting(u) : setTokensOf(u)),
            }}
          >
            <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('users.actions.more', { username: u.username })} />
          </Dropdown>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })} data-testid="new-user">{t('users.actions.create')}</Button>}
      />
      <div className="panel filter-panel">
        <FilterBar<FilterValues>
          ariaLabel={t('users.filters.label')}
          values={filterValues}
          onSearch={(v) => setQuery({ filters: { q: v.q?.trim() ?? '', role: v.role ?? '', enabled: v.enabled ?? '' } })}
          onReset={() => setQuery({ filters: {} })}
        >
          {[
            <Form.Item key="q" name="q" label={t('users.filters.q')}>
              <Input allowClear placeholder={t('users.filters.qHint')} />
            </Form.Item>,
            <Form.Item key="role" name="role" label={t('users.fields.roles')}>
              <Select allowClear placeholder={t('users.filters.any')} options={ROLES.map((r) => ({ value: r, label: t(`core.roles.${r}`) }))} />
            </Form.Item>,
            <Form.Item key="enabled" name="enabled" label={t('users.fields.enabled')}>
              <Select allowClear placeholder={t('users.filters.any')} options={[{ value: 'true', label: t('users.enabled') }, { value: 'false', label: t('users.disabled') }]} />
            </Form.Item>,
          ]}
        </FilterBar>
      </div>
      <div className="panel">
        <ServerTable<UserAccount>
          ariaLabel={t('users.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          reloadKey={reloadKey}
          onRowOpen={(u) => setEditing({ user: u })}
          onClearFilters={() => setQuery({ filters: {} })}
        />
      </div>
      <UserFormModal
        open={editing !== null}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setReloadKey((k) => k + 1);
        }}
      />
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
      {tokensOf && <TokensDrawer user={tokensOf} onClose={() => setTokensOf(null)} />}
    </>
  );
}
