import { Checkbox, Col, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { cashApi, type BankAccount, type BankAccountInput, type Company } from '../api';

const FIELDS = ['line_id', 'booking_date', 'value_date', 'amount', 'credit', 'debit', 'currency', 'payer_name', 'payer_account', 'remittance'];

interface Values {
  companyId?: string;
  accountNumber: string;
  name?: string;
  bankName?: string;
  bic?: string;
  currency?: string;
  active: boolean;
  useMapping: boolean;
  mapping?: { columns: Record<string, string | undefined>; datePattern?: string; decimalSeparator?: string; delimiter?: string; defaultCurrency?: string };
}

/** Adds or edits a house account, with the column mapping its CSV/xlsx exports need. */
export function BankAccountForm({ account, companies, onClose, onSaved }: {
  account: BankAccount | 'new' | null; companies: Company[]; onClose: () => void; onSaved: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const useMapping = Form.useWatch('useMapping', form);
  const existing = account !== null && account !== 'new' ? account : null;
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, async (v: Values) => {
    const columns = Object.fromEntries(Object.entries(v.mapping?.columns ?? {}).filter(([, h]) => h && h.trim()).map(([f, h]) => [f, h!.trim()]));
    const body: BankAccountInput = {
      companyId: v.companyId, accountNumber: v.accountNumber, name: v.name, bankName: v.bankName, bic: v.bic, currency: v.currency || null,
      active: v.active, version: existing?.version,
      mapping: v.useMapping ? { columns, datePattern: v.mapping?.datePattern, decimalSeparator: v.mapping?.decimalSeparator,
        delimiter: v.mapping?.delimiter, defaultCurrency: v.mapping?.defaultCurrency || null } : null,
    };
    const saved = existing ? await cashApi.updateBankAccount(existing.id, body) : await cashApi.createBankAccount(body);
    onSaved();
    return saved;
  });
  const initial: Partial<Values> = existing ? {
    companyId: existing.companyId, accountNumber: existing.accountNumber, name: existing.name ?? undefined, bankName: existing.bankName ?? undefined,
    bic: existing.bic ?? undefined, currency: existing.currency ?? undefined, active: existing.active, useMapping: existing.mapping !== null,
    mapping: existing.mapping ? { ...existing.mapping, datePattern: existing.mapping.datePattern ?? undefined,
      decimalSeparator: existing.mapping.decimalSeparator ?? undefined, delimiter: existing.mapping.delimiter ?? undefined,
      defaultCurrency: existing.mapping.defaultCurrency ?? undefined } : undefined,
  } : { active: true, useMapping: false, companyId: companies[0]?.id, mapping: { columns: {}, datePattern: 'yyyy-MM-dd', decimalSeparator: '.', delimiter: ',' } };
  return (
    <Modal open={account !== null} width={720} destroyOnHidden onCancel={onClose} onOk={() => form.submit()}
      okButtonProps={{ loading: submitting }} okText={t('core.actions.save')} cancelText={t('core.actions.cancel')}
      title={existing ? t('cashapp.bankAccounts.form.editTitle', { number: existing.accountNumber }) : t('cashapp.bankAccounts.form.addTitle')}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initial} preserve={false}>
        <FormErrorAlert error={error} otherErrors={otherErrors} />
        <Row gutter={12}>
          <Col xs={24} md={12}><Form.Item name="companyId" label={t('cashapp.bankAccounts.form.company')} rules={[{ required: !existing }]}>
            <Select disabled={existing !== null} options={companies.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))} /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="accountNumber" label={t('cashapp.bankAccounts.form.number')} rules={[{ required: true }]}>
            <Input className="mono" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="name" label={t('cashapp.bankAccounts.form.name')}><Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="bankName" label={t('cashapp.bankAccounts.form.bank')}><Input maxLength={100} /></Form.Item></Col>
          <Col xs={12} md={8}><Form.Item name="bic" label={t('cashapp.bankAccounts.form.bic')}><Input maxLength={11} /></Form.Item></Col>
          <Col xs={12} md={8}><Form.Item name="currency" label={t('cashapp.bankAccounts.form.currency')} extra={t('cashapp.bankAccounts.form.currencyHint')}>
            <Input maxLength={3} style={{ textTransform: 'uppercase' }} /></Form.Item></Col>
          <Col xs={12} md={8}><Form.Item name="active" label={t('cashapp.bankAccounts.form.active')} valuePropName="checked"><Switch /></Form.Item></Col>
        </Row>
        <Form.Item name="useMapping" valuePropName="checked"><Checkbox>{t('cashapp.bankAccounts.form.useMapping')}</Checkbox></Form.Item>
        {useMapping && (
          <>
            <Typography.Paragraph type="secondary">{t('cashapp.bankAccounts.form.mappingHint')}</Typography.Paragraph>
            <Row gutter={12}>
              {FIELDS.map((f) => (
                <Col xs={12} md={6} key={f}><Form.Item name={['mapping', 'columns', f]} label={t(`cashapp.bankAccounts.form.fields.${f}`)}><Input /></Form.Item></Col>
              ))}
              <Col xs={12} md={6}><Form.Item name={['mapping', 'datePattern']} label={t('cashapp.bankAccounts.form.datePattern')}><Input /></Form.Item></Col>
              <Col xs={12} md={6}><Form.Item name={['mapping', 'decimalSeparator']} label={t('cashapp.bankAccounts.form.decimalSeparator')}><Input maxLength={1} /></Form.Item></Col>
              <Col xs={12} md={6}><Form.Item name={['mapping', 'delimiter']} label={t('cashapp.bankAccounts.form.delimiter')}><Input maxLength={1} /></Form.Item></Col>
              <Col xs={12} md={6}><Form.Item name={['mapping', 'defaultCurrency']} label={t('cashapp.bankAccounts.form.defaultCurrency')}><Input maxLength={3} /></Form.Item></Col>
            </Row>
          </>
        )}
      </Form>
    </Modal>
  );
}
