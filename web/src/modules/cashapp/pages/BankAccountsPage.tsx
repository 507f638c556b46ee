import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { PageHeader } from '../../../core/components/PageHeader';
import { useT } from '../../../core/i18n/I18nProvider';
import { cashApi, type BankAccount, type Company } from '../api';
import { BankAccountForm } from '../components/BankAccountForm';

/** The company's own accounts that statements are imported for; controllers and admins maintain them. */
export default function BankAccountsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canEdit = allows(Access.CONTROL, user?.roles ?? []);
  const [accounts, setAccounts] = useState<BankAccount[] | null>(null);
  const [companies, setCompanies] = useState<Company[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<BankAccount | 'new' | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const c = new AbortController();
    Promise.all([cashApi.bankAccounts(undefined, c.signal), cashApi.companies()])
      .then(([a, co]) => {
        setError(null);
        setAccounts(a);
        setCompanies(co);
      })
      .catch((e: unknown) => !c.signal.aborted && setError(e));
    return () => c.abort();
  }, [reload]);

  const remove = useCallback(async (a: BankAccount) => {
    try {
      await cashApi.deleteBankAccount(a.id);
      message.success(t('cashapp.bankAccounts.deleted'));
      setReload((r) => r + 1);
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  }, [message, t]);

  const company = (id: string) => companies.find((c) => c.id === id);
  const columns: ColumnsType<BankAccount> = [
    { title: t('cashapp.bankAccounts.columns.company'), key: 'company', render: (_: unknown, a) => company(a.companyId)?.name ?? a.companyId },
    { title: t('cashapp.bankAccounts.columns.number'), dataIndex: 'accountNumber', key: 'number', render: (v: string) => <span className="mono">{v}</span> },
    { title: t('cashapp.bankAccounts.columns.name'), dataIndex: 'name', key: 'name' },
    { title: t('cashapp.bankAccounts.columns.bank'), key: 'bank', render: (_: unknown, a) => [a.bankName, a.bic].filter(Boolean).join(' · ') },
    { title: t('cashapp.bankAccounts.columns.currency'), dataIndex: 'currency', key: 'currency', render: (v: string | null) => v ?? t('cashapp.bankAccounts.anyCurrency') },
    { title: t('cashapp.bankAccounts.columns.mapping'), key: 'mapping', render: (_: unknown, a) => (a.mapping ? <Tag>CSV</Tag> : '') },
    { title: t('cashapp.bankAccounts.columns.status'), dataIndex: 'active', key: 'active',
      render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{t(v ? 'cashapp.bankAccounts.active' : 'cashapp.bankAccounts.inactive')}</Tag> },
    ...(canEdit ? [{ key: 'actions', render: (_: unknown, a: BankAccount) => (
      <Space>
        <Button size="small" onClick={() => setEditing(a)}>{t('cashapp.bankAccounts.edit')}</Button>
        <Popconfirm title={t('cashapp.bankAccounts.confirmDelete')} onConfirm={() => void remove(a)} okText={t('cashapp.bankAccounts.delete')}
          cancelText={t('core.actions.cancel')}>
          <Button size="small" danger>{t('cashapp.bankAccounts.delete')}</Button>
        </Popconfirm>
      </Space>
    ) }] : []),
  ];

  return (
    <>
      <PageHeader title={t('cashapp.bankAccounts.title')} description={t('cashapp.bankAccounts.description')}
        extra={canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('cashapp.bankAccounts.add')}</Button>} />
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(error, t).title}
        description={describeError(error, t).detail} action={<Button onClick={() => setReload((r) => r + 1)}>{t('core.actions.retry')}</Button>} />}
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <Table<BankAccount> aria-label={t('cashapp.bankAccounts.tableLabel')} rowKey="id" columns={columns} dataSource={accounts ?? []}
          loading={accounts === null && error === null} pagination={false} scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('cashapp.bankAccounts.empty')}</Typography.Text> }} />
      </div>
      <BankAccountForm account={editing} companies={companies} onClose={() => setEditing(null)} onSaved={() => {
        message.success(t('cashapp.bankAccounts.saved'));
        setEditing(null);
        setReload((r) => r + 1);
      }} />
    </>
  );
}
