import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../core/i18n/languages';
import { useT } from '../../../core/i18n/I18nProvider';
import { ADDRESS_TYPES, CONTACT_ROLES } from '../api';

type Name = string | number;
const path = (prefix: Name[], field: string) => [...prefix, field];

/** A contact's fields; `prefix` is the list position in the create form (['contacts', 0]) or [] in a modal. */
export function ContactFields({ prefix = [] }: { prefix?: Name[] }) {
  const t = useT();
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item name={path(prefix, 'name')} label={t('customers.contact.name')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={path(prefix, 'email')} label={t('customers.contact.email')} rules={[{ type: 'email', message: t('customers.form.emailInvalid') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={path(prefix, 'phone')} label={t('customers.contact.phone')}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name={path(prefix, 'role')} label={t('customers.contact.role')}>
          <Select options={CONTACT_ROLES.map((r) => ({ value: r, label: t(`customers.contactRole.${r}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name={path(prefix, 'language')} label={t('customers.contact.language')} extra={t('customers.contact.languageHelp')}>
          <Select allowClear options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={path(prefix, 'primary')} valuePropName="checked" label=" " colon={false}>
          <Checkbox>{t('customers.contact.primary')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}

/** An address's fields (Chinese order: province, city, district, street). */
export function AddressFields({ prefix = [] }: { prefix?: Name[] }) {
  const t = useT();
  return (
    <Row gutter={12}>
      <Col xs={12} md={6}>
        <Form.Item name={path(prefix, 'type')} label={t('customers.address.type')} rules={[{ required: true }]}>
          <Select options={ADDRESS_TYPES.map((v) => ({ value: v, label: t(`customers.addressType.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={path(prefix, 'country')} label={t('customers.fields.country')}>
          <Input maxLength={2} style={{ textTransform: 'uppercase' }} placeholder="CN" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={path(prefix, 'province')} label={t('customers.address.province')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={path(prefix, 'city')} label={t('customers.address.city')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={path(prefix, 'district')} label={t('customers.address.district')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={path(prefix, 'line')} label={t('customers.address.line')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={path(prefix, 'postcode')} label={t('customers.address.postcode')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** A bank account's fields. */
export function BankAccountFields() {
  const t = useT();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name="accountNumber" label={t('customers.bank.accountNumber')} rules={[{ required: true, message: t('customers.form.required') }]} extra={t('customers.bank.accountHelp')}>
          <Input className="mono" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="bankName" label={t('customers.bank.bankName')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="holderName" label={t('customers.bank.holderName')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="bic" label={t('customers.bank.bic')}>
          <Input className="mono" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="currency" label={t('customers.bank.currency')}>
          <Input maxLength={3} style={{ textTransform: 'uppercase' }} placeholder="CNY" autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
