import { useEffect, useMemo } from 'react';
import { App, Button, Card, Col, Divider, Empty, Form, Input, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { customersApi, type AddressFields as AddressData, type ContactFields as ContactData, type NewCustomer } from '../api';
import { AddressFields, ContactFields } from '../components/ChildFields';
import { CustomerFieldsForm, HEADER_FIELD_MAP, toCustomerFields, type HeaderValues } from '../components/CustomerFieldsForm';
import { useCompanies, useSalesReps } from '../hooks';

interface CreateValues extends HeaderValues {
  companyId: string;
  code: string;
  contacts?: ContactData[];
  addresses?: AddressData[];
  aliases?: string[];
}

const blank = (s?: string | null) => (s && String(s).trim() ? String(s).trim() : null);

/** The create request: children without any content are left out (an empty card is not a contact). */
export function toNewCustomer(v: CreateValues): NewCustomer {
  const contacts = (v.contacts ?? [])
    .map((c) => ({ ...c, name: blank(c.name), email: blank(c.email), phone: blank(c.phone), language: c.language || null, primary: !!c.primary }))
    .filter((c) => c.name || c.email || c.phone);
  const addresses = (v.addresses ?? [])
    .map((a) => ({ ...a, country: blank(a.country)?.toUpperCase() ?? null, province: blank(a.province), city: blank(a.city), district: blank(a.district), line: blank(a.line), postcode: blank(a.postcode) }))
    .filter((a) => a.province || a.city || a.district || a.line || a.postcode);
  return {
    ...toCustomerFields(v),
    companyId: v.companyId,
    code: v.code?.trim(),
    contacts,
    addresses,
    aliases: (v.aliases ?? []).map((a) => a.trim()).filter(Boolean),
  };
}

/** 新建客户: the record with its first contacts and addresses in one request; server errors land on their fields. */
export default function CustomerCreatePage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canDecideCredit = allows(Access.CREDIT, user?.roles ?? []);
  const [form] = Form.useForm<CreateValues>();
  const { companies, byId, error: companyError, reload: reloadCompanies, loading: companiesLoading } = useCompanies();
  const { reps } = useSalesReps();
  const companyId = Form.useWatch('companyId', form);
  const currency = byId.get(companyId ?? '')?.baseCurrency ?? companies[0]?.baseCurrency ?? 'CNY';

  useEffect(() => {
    if (!form.getFieldValue('companyId') && companies.length > 0) {
      const wanted = params.get('companyId');
      form.setFieldValue('companyId', companies.find((c) => c.id === wanted)?.id ?? companies[0]!.id);
    }
  }, [companies, form, params]);
  useEffect(() => {
    form.setFieldValue(['creditLimit', 'currency'], currency);
  }, [currency, form]);

  // the server's paths of the children are the form's own (contacts[1].email); the rest of the map is the header's
  const fieldMap = useMemo(() => HEADER_FIELD_MAP, []);
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, async (v: CreateValues) => {
    const body = toNewCustomer(v);
    // empty cards are dropped from the form too, so the server's contacts[i] is the i-th card on screen
    form.setFieldsValue({ contacts: body.contacts, addresses: body.addresses } as Partial<CreateValues>);
    const created = await customersApi.create(body);
    message.success(t('customers.messages.created', { code: created.code }));
    navigate(`/customers/${created.id}`, { replace: true });
    return created;
  }, { fieldMap });

  if (companyError) return <LoadError error={companyError} onRetry={reloadCompanies} />;
  if (!companiesLoading && companies.length === 0) {
    return (
      <>
        <PageHeader title={t('customers.create.title')} />
        <Card><Empty description={t('customers.create.noCompany')} /></Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('customers.create.title')} description={t('customers.create.description')} />
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ tier: 'B', status: 'ACTIVE', country: 'CN', paymentTerms: 'NET30', contacts: [{ role: 'BILLING', primary: true }], addresses: [] }}
        scrollToFirstError
        aria-label={t('customers.create.title')}
      >
        <Card title={<h2 className="card-title">{t('customers.create.basics')}</h2>} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="companyId" label={t('customers.fields.company')} rules={[{ required: true, message: t('customers.form.required') }]}>
                <Select loading={companiesLoading} options={companies.map((c) => ({ value: c.id, label: `${c.code} · ${lang === 'zh-CN' ? c.name : c.nameEn || c.name} (${c.baseCurrency})` }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="code"
                label={t('customers.fields.code')}
                extra={t('customers.form.codeHelp')}
                rules={[{ required: true, message: t('customers.form.required') }, { pattern: /^[A-Za-z0-9_.-]{1,40}$/, message: t('customers.form.codeInvalid') }]}
              >
                <Input className="mono" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <CustomerFieldsForm currency={currency} canDecideCredit={canDecideCredit} reps={reps} editing={false} />
        </Card>

        <Card title={<h2 className="card-title">{t('customers.tabs.contacts')}</h2>} style={{ marginBottom: 16 }}>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} role="group" aria-label={t('customers.contact.nth', { n: i + 1 })}>
                    {i > 0 && <Divider style={{ margin: '8px 0 16px' }} />}
                    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                      <Typography.Text strong>{t('customers.contact.nth', { n: i + 1 })}</Typography.Text>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('customers.actions.removeNth', { n: i + 1 })} />
                    </Space>
                    <ContactFields prefix={[f.name]} />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'BILLING', primary: fields.length === 0 })} block>
                  {t('customers.actions.addContact')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={<h2 className="card-title">{t('customers.tabs.addresses')}</h2>} style={{ marginBottom: 16 }}>
          <Form.List name="addresses">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} role="group" aria-label={t('customers.address.nth', { n: i + 1 })}>
                    {i > 0 && <Divider style={{ margin: '8px 0 16px' }} />}
                    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                      <Typography.Text strong>{t('customers.address.nth', { n: i + 1 })}</Typography.Text>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('customers.actions.removeNth', { n: i + 1 })} />
                    </Space>
                    <AddressFields prefix={[f.name]} />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: fields.length === 0 ? 'BILLING' : 'SHIPPING' })} block>
                  {t('customers.actions.addAddress')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={<h2 className="card-title">{t('customers.aliases.title')}</h2>} style={{ marginBottom: 16 }}>
          <Form.Item name="aliases" extra={t('customers.aliases.help')} label={t('customers.aliases.title')}>
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} />
          </Form.Item>
        </Card>

        <div className="form-actions">
          <Space>
            <Button onClick={() => navigate(-1)}>{t('core.actions.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submitting} data-testid="save-customer">{t('customers.actions.save')}</Button>
          </Space>
        </div>
      </Form>
    </>
  );
}
