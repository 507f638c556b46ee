import { Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { CustomerOption, InvoicePreview } from '../api';
import { CustomerSelect } from './CustomerSelect';

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD', 'AUD', 'CAD', 'CHF', 'KRW', 'TWD'] as const;

/** Customer, dates, currency, terms and pricing of the invoice form; defaults shown from the server's preview. */
export function InvoiceHeaderFields({ preview, initialCustomer }: { preview: InvoicePreview | null; initialCustomer: CustomerOption | null }) {
  const t = useT();
  const fmt = useFormat();
  const currency = Form.useWatch('currency') as string | undefined;
  const terms = Form.useWatch('paymentTerms') as string | undefined;
  const due = Form.useWatch('dueDate') as unknown;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item name="customerId" label={t('invoicing.form.customer')} required>
          <CustomerSelect initial={initialCustomer} placeholder={t('invoicing.form.customerHint')} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item name="invoiceDate" label={t('invoicing.form.invoiceDate')} required>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item
          name="currency"
          label={t('invoicing.form.currency')}
          extra={!currency && preview ? t('invoicing.form.currencyDefault', { value: preview.currency }) : undefined}
        >
          <Select allowClear showSearch options={CURRENCIES.map((c) => ({ value: c, label: c }))} placeholder={preview?.currency} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item
          name="paymentTerms"
          label={t('invoicing.form.paymentTerms')}
          extra={!terms && preview ? t('invoicing.form.currencyDefault', { value: preview.paymentTerms }) : t('invoicing.form.paymentTermsHint')}
        >
          <Input placeholder={preview?.paymentTerms ?? 'NET30'} maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item
          name="dueDate"
          label={t('invoicing.form.dueDate')}
          extra={!due && preview ? t('invoicing.form.dueDateHint', { date: fmt.date(preview.installments[0]?.dueDate ?? preview.dueDate) }) : undefined}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item name="taxRounding" label={t('invoicing.form.taxRounding')}>
          <Select
            options={[
              { value: 'CN_VAT_HALF_UP', label: t('invoicing.taxRounding.CN_VAT_HALF_UP') },
              { value: 'HALF_EVEN', label: t('invoicing.taxRounding.HALF_EVEN') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item name="pricesIncludeTax" label={t('invoicing.form.pricesIncludeTax')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="reference" label={t('invoicing.form.reference')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
