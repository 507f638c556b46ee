import { useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Form, Space } from 'antd';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { ApiError } from '../../../core/api/problem';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { customersApi, type Customer, type SalesRep } from '../api';
import { CustomerFieldsForm, HEADER_FIELD_MAP, toCustomerFields, type HeaderValues } from './CustomerFieldsForm';

const STALE = new Set(['CUSTOMERS_STALE_VERSION', 'CUSTOMERS_STALE_RECORD_VERSION']);

export function toHeaderValues(c: Customer, currency: string): HeaderValues {
  return {
    nameZh: c.nameZh ?? undefined, nameEn: c.nameEn ?? undefined, taxId: c.taxId ?? undefined, country: c.country, region: c.region ?? undefined,
    tier: c.tier, creditLimit: { amount: c.creditLimit?.amount ?? null, currency: c.creditLimit?.currency ?? currency },
    paymentTerms: c.paymentTerms, salesRepId: c.salesRepId, status: c.status, tags: c.tags,
  };
}

/**
 * Edits the customer record with optimistic locking: the version read with the page goes with the save; when someone
 * else saved in between (409 stale version) the drawer says so and offers to load their version.
 */
export function EditCustomerDrawer({ customer, open, onClose, onSaved, reps, currency, reloadCustomer }: {
  customer: Customer;
  open: boolean;
  onClose: () => void;
  onSaved: (c: Customer) => void;
  reps: SalesRep[];
  currency: string;
  /** Loads the latest record (after a stale-version conflict). */
  reloadCustomer: () => Promise<Customer | undefined>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { user } = useAuth();
  const canDecideCredit = allows(Access.CREDIT, user?.roles ?? []);
  const [form] = Form.useForm<HeaderValues>();
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(toHeaderValues(customer, currency));
    }
  }, [open, customer, currency, form]);

  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, async (v: HeaderValues) => {
    try {
      const saved = await customersApi.update(customer.id, customer.version, toCustomerFields(v));
      message.success(t('customers.messages.saved'));
      onSaved(saved);
      return saved;
    } catch (e) {
      if (e instanceof ApiError && e.conflict && STALE.has(e.code)) {
        setStale(true);
        return undefined;
      }
      throw e;
    }
  }, { fieldMap: HEADER_FIELD_MAP });

  const loadLatest = async () => {
    setReloading(true);
    try {
      const latest = await reloadCustomer();
      if (latest) form.setFieldsValue(toHeaderValues(latest, currency));
      setStale(false);
      clearError();
    } finally {
      setReloading(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('customers.edit.title', { code: customer.code })}
      size="large"
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('core.actions.cancel')}</Button>
          <Button type="primary" loading={submitting} onClick={() => form.submit()} disabled={stale} data-testid="save-customer-edit">{t('core.actions.save')}</Button>
        </Space>
      }
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('customers.edit.staleTitle')}
          description={t('customers.edit.staleDetail')}
          action={<Button size="small" type="primary" loading={reloading} onClick={() => void loadLatest()}>{t('customers.edit.loadLatest')}</Button>}
        />
      )}
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<HeaderValues> form={form} layout="vertical" onFinish={onFinish} aria-label={t('customers.edit.title', { code: customer.code })}>
        <CustomerFieldsForm currency={currency} canDecideCredit={canDecideCredit} reps={reps} editing />
      </Form>
    </Drawer>
  );
}
