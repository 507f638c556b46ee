import { useCallback, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { agencyId, collectionsApi, type Agency, type PlacementKind } from '../api';
import { PlacementTable } from '../components/PlacementTable';

interface AgencyValues { name: string; kind: PlacementKind; commissionPercent: string; email?: string; phone?: string }

/** Every placement with agencies and lawyers, and the agencies themselves. */
export default function PlacementsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const canSeeAgencies = allows(Access.READ_ALL, roles);
  const canAddAgency = allows(Access.CREDIT, roles);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<AgencyValues>();
  const agencies = useLoad(useCallback((s: AbortSignal) => (canSeeAgencies ? collectionsApi.agencies(true, s) : Promise.resolve([] as Agency[])), [canSeeAgencies]));
  const submit = useCallback((v: AgencyValues) => collectionsApi.addAgency({ ...v, email: v.email || null, phone: v.phone || null }), []);
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, submit);

  return (
    <>
      <PageHeader title={t('collections.placements.title')} description={t('collections.placements.description')} />
      <Card style={{ marginBottom: 16 }}>
        <PlacementTable />
      </Card>
      {canSeeAgencies && (
        <Card title={t('collections.agencies.title')} extra={canAddAgency && (
          <Button icon={<PlusOutlined />} onClick={() => { form.resetFields(); setAdding(true); }}>{t('collections.agencies.add')}</Button>)}>
          {agencies.error ? <LoadError error={agencies.error} onRetry={agencies.reload} compact /> : null}
          <Table<Agency> rowKey={agencyId} size="small" aria-label={t('collections.agencies.title')} loading={agencies.loading} dataSource={agencies.data ?? []}
            pagination={false} scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('collections.agencies.empty')}</Typography.Text> }}
            columns={[
              { title: t('collections.agencies.name'), dataIndex: 'name', key: 'name' },
              { title: t('collections.agencies.kind'), key: 'kind', render: (_: unknown, a) => t(`collections.placementKind.${a.kind}`) },
              { title: t('collections.place.commission'), key: 'c', align: 'right', render: (_: unknown, a) => `${a.commissionPercent}%` },
              { title: t('collections.agencies.email'), dataIndex: 'email', key: 'email' },
              { title: t('collections.agencies.phone'), dataIndex: 'phone', key: 'phone' },
              { title: t('collections.placements.status'), key: 'active', render: (_: unknown, a) => (
                <Tag color={a.active ? 'green' : 'default'}>{t(a.active ? 'collections.strategy.activeYes' : 'collections.strategy.activeNo')}</Tag>) },
            ]} />
        </Card>
      )}
      <Modal open={adding} title={t('collections.agencies.add')} onCancel={() => setAdding(false)} okText={t('collections.agencies.save')}
        cancelText={t('core.actions.cancel')} confirmLoading={submitting} onOk={() => form.submit()} destroyOnHidden>
        <FormErrorAlert error={error} otherErrors={otherErrors} />
        <Form<AgencyValues> form={form} layout="vertical" initialValues={{ kind: 'AGENCY' }} onFinish={async (v) => {
          if (await onFinish(v)) { message.success(t('collections.agencies.saved')); setAdding(false); agencies.reload(); }
        }}>
          <Form.Item name="name" label={t('collections.agencies.name')} rules={[{ required: true, whitespace: true, message: t('collections.agencies.nameRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t('collections.agencies.kind')} rules={[{ required: true }]}>
            <Select options={(['AGENCY', 'LEGAL'] as const).map((k) => ({ value: k, label: t(`collections.placementKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="commissionPercent" label={t('collections.place.commission')} rules={[{ required: true, message: t('collections.agencies.commissionRequired') }]}>
            <InputNumber<string> stringMode min="0" max="100" step="0.5" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="email" label={t('collections.agencies.email')}><Input type="email" maxLength={200} /></Form.Item>
          <Form.Item name="phone" label={t('collections.agencies.phone')}><Input maxLength={50} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
