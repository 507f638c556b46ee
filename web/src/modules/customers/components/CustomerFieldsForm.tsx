import { AutoComplete, Col, Form, Input, Row, Select, Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import type { NamePathSegment } from '../../../core/forms/problemForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { STATUSES, TIERS, type CustomerFields, type CustomerStatus, type SalesRep, type Tier } from '../api';
import { COMMON_TERMS, describeTerms } from '../format';
import { repName } from '../hooks';

/** The form's shape: the API's fields, the credit limit's amount as the MoneyInput's string. */
export interface HeaderValues {
  nameZh?: string;
  nameEn?: string;
  taxId?: string;
  country?: string;
  region?: string;
  tier?: Tier;
  creditLimit?: { amount?: string | null; currency?: string };
  paymentTerms?: string;
  salesRepId?: string | null;
  status?: CustomerStatus;
  tags?: string[];
}

/** Server paths the form shows under other names: the limit's amount field, the tags select. */
export const HEADER_FIELD_MAP: Record<string, NamePathSegment[]> = {
  creditLimit: ['creditLimit', 'amount'],
  'creditLimit.amount': ['creditLimit', 'amount'],
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`tags[${i}]`, ['tags']])),
};

const blank = (s?: string | null) => (s && s.trim() ? s.trim() : null);

/** Form values into the API's fields: blanks are null, an empty limit means "no limit". */
export function toCustomerFields(v: HeaderValues): CustomerFields {
  const amount = v.creditLimit?.amount;
  return {
    nameZh: blank(v.nameZh),
    nameEn: blank(v.nameEn),
    taxId: blank(v.taxId),
    country: blank(v.country)?.toUpperCase() ?? null,
    region: blank(v.region),
    tier: v.tier,
    creditLimit: amount ? { amount, currency: v.creditLimit!.currency! } : null,
    paymentTerms: blank(v.paymentTerms)?.toUpperCase() ?? null,
    salesRepId: v.salesRepId || null,
    status: v.status,
    tags: v.tags ?? [],
  };
}

/**
 * The header fields of a customer, for the create page and the edit drawer. Tier, credit limit and blocking are
 * credit decisions: without the CREDIT rule those fields are read-only (the server refuses them too).
 */
export function CustomerFieldsForm({ currency, canDecideCredit, reps, editing }: {
  currency: string;
  canDecideCredit: boolean;
  reps: SalesRep[];
  editing: boolean;
}) {
  const t = useT();
  const creditHint = canDecideCredit ? undefined : (
    <Tooltip title={t('customers.form.creditDecisionHint')}>
      <InfoCircleOutlined aria-label={t('customers.form.creditDecisionHint')} style={{ color: 'rgba(0,0,0,.45)' }} />
    </Tooltip>
  );
  const terms = Form.useWatch('paymentTerms');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="nameZh" label={t('customers.fields.nameZh')} rules={[{ max: 200 }]}>
          <Input lang="zh-CN" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="nameEn" label={t('customers.fields.nameEn')} rules={[{ max: 200 }]}>
          <Input lang="en" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="taxId" label={t('customers.fields.taxId')} extra={t('customers.form.taxIdHelp')}>
          <Input className="mono" autoComplete="off" maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="country" label={t('customers.fields.country')} extra={t('customers.form.countryHelp')}>
          <Input maxLength={2} style={{ textTransform: 'uppercase' }} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="region" label={t('customers.fields.region')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="tier" label={<span>{t('customers.fields.tier')} {creditHint}</span>}>
          <Select disabled={!canDecideCredit} options={TIERS.map((v) => ({ value: v, label: `${t('customers.tierLabel', { tier: v })} · ${t(`customers.tierHelp.${v}`)}` }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="status" label={t('customers.fields.status')}>
          <Select
            options={STATUSES.filter((s) => editing || s !== 'INACTIVE').map((v) => ({
              value: v,
              label: t(`customers.status.${v}`),
              disabled: !canDecideCredit && v === 'BLOCKED',
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['creditLimit', 'currency']} hidden initialValue={currency}>
          <Input />
        </Form.Item>
        <Form.Item name={['creditLimit', 'amount']} label={<span>{t('customers.fields.creditLimit')} {creditHint}</span>} extra={t('customers.form.creditLimitHelp')}>
          <MoneyInput currency={currency} min="0" disabled={!canDecideCredit} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="paymentTerms" label={t('customers.fields.paymentTerms')} extra={terms ? describeTerms(String(terms).toUpperCase(), t) : t('customers.form.termsHelp')}>
          <AutoComplete options={COMMON_TERMS.map((v) => ({ value: v, label: `${v} — ${describeTerms(v, t)}` }))} className="mono" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="salesRepId" label={t('customers.fields.salesRep')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={reps.map((r) => ({ value: r.id, label: repName(r), disabled: !r.enabled }))}
            notFoundContent={t('customers.form.noReps')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tags" label={t('customers.fields.tags')} extra={t('customers.form.tagsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} aria-label={t('customers.fields.tags')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
