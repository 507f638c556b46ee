import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { newIdempotencyKey } from '../../../core/api/client';
import { ApiError } from '../../../core/api/problem';
import { PageHeader } from '../../../core/components/PageHeader';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { applyProblemToForm } from '../../../core/forms/problemForm';
import { todayIso } from '../../../core/format/dates';
import { isZeroMoney } from '../../../core/format/money';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useI18n } from '../../../core/i18n/I18nProvider';
import type { FieldError } from '../../../core/api/problem';
import { paymentsApi, type AllocationResult, type Balance, type Company, type CustomerName, type ReceiptRequest, type ReceiptType } from '../api';
import { AllocationDialog } from '../components/AllocationDialog';
import { customerLabel, CustomerSelect } from '../components/CustomerSelect';

interface Values {
  customerId: string;
  type: ReceiptType;
  currency: string;
  amount: string;
  valueDate: Dayjs;
  documentNumber: string;
  reference?: string;
  description?: string;
}

/** A suggestion the clerk may overwrite: RC-20260301-143015 (document numbers are unique per company and type). */
function suggestedNumber(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `RC-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/**
 * 登记收款: the receipt (customer, amount, currency, value date, bank reference); then either the allocation dialog,
 * which posts receipt and allocations together, or "on account" for money that cannot be applied yet.
 */
export default function ReceiptNewPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [picked, setCustomer] = useState<CustomerName | null>(null);
  const [draft, setDraft] = useState<Omit<ReceiptRequest, 'allocations'> | null>(null);
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [key, setKey] = useState<{ body: string; key: string } | null>(null);

  const loadCompanies = useCallback((signal: AbortSignal) => paymentsApi.companies(signal), []);
  const companies = useLoad<Company[]>(loadCompanies);
  const customerId = Form.useWatch('customerId', form);
  const loadBalances = useCallback((signal: AbortSignal) => (customerId ? paymentsApi.balances(customerId, signal) : Promise.resolve([] as Balance[])), [customerId]);
  const balances = useLoad<Balance[]>(loadBalances);

  // a customer given in the URL (from its 360° page) is preselected
  const initialId = params.get('customerId');
  const loadInitial = useCallback(
    (signal: AbortSignal) => (initialId ? paymentsApi.customerNames([initialId], signal).then((l) => l[0] ?? null) : Promise.resolve(null)),
    [initialId],
  );
  const initial = useLoad<CustomerName | null>(loadInitial);
  useEffect(() => {
    if (initial.data && !form.getFieldValue('customerId')) form.setFieldValue('customerId', initial.data.id);
  }, [initial.data, form]);
  const customer = picked ?? (initial.data && customerId === initial.data.id ? initial.data : null);

  const company = companies.data?.find((c) => c.id === customer?.companyId);
  const timeZone = company?.timeZone;
  const currencies = useMemo(() => {
    const set = new Set<string>();
    if (company) set.add(company.baseCurrency);
    (balances.data ?? []).forEach((b) => set.add(b.currency));
    return [...set];
  }, [company, balances.data]);
  useEffect(() => {
    const current = form.getFieldValue('currency') as string | undefined;
    if (currencies.length > 0 && (!current || !currencies.includes(current))) form.setFieldValue('currency', currencies[0]);
  }, [currencies, form]);
  const currency = (Form.useWatch('currency', form) as string | undefined) ?? currencies[0] ?? 'CNY';
  const openDebit = balances.data?.find((b) => b.currency === currency)?.openDebit;

  const toRequest = (v: Values): Omit<ReceiptRequest, 'allocations'> => ({
    type: v.type,
    customerId: v.customerId,
    documentNumber: v.documentNumber.trim(),
    amount: { amount: v.amount, currency: v.currency },
    valueDate: v.valueDate.format('YYYY-MM-DD'),
    reference: v.reference?.trim() || null,
    description: v.description?.trim() || null,
  });

  const showProblem = (e: unknown) => {
    if (!(e instanceof ApiError)) throw e;
    const unmatched = applyProblemToForm(form, e, { fieldMap: { 'amount.amount': ['amount'], 'amount.currency': ['currency'] } });
    setOtherErrors(unmatched);
    setError(e.fieldErrors.length > 0 && unmatched.length === 0 ? null : e);
  };

  const openAllocation = async () => {
    setError(null);
    setOtherErrors([]);
    try {
      setDraft(toRequest(await form.validateFields()));
    } catch {
      // the form shows what is missing
    }
  };

  const postOnAccount = async () => {
    setError(null);
    setOtherErrors([]);
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body = { ...toRequest(v), allocations: [] };
    const json = JSON.stringify(body);
    const k = key?.body === json ? key : { body: json, key: newIdempotencyKey() };
    setKey(k);
    setPosting(true);
    try {
      const r = await paymentsApi.receive(body, k.key);
      done(r);
    } catch (e) {
      showProblem(e);
    } finally {
      setPosting(false);
    }
  };

  const done = (r: AllocationResult) => {
    message.success(r.lines.length > 0
      ? t('payments.messages.receivedAllocated', { number: r.credit.documentNumber, count: r.lines.length })
      : t('payments.messages.received', { number: r.credit.documentNumber }));
    navigate(`/payments/${r.credit.id}`, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('payments.new.title')} description={t('payments.new.description')} />
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ type: 'PAYMENT', valueDate: dayjs(todayIso()), documentNumber: suggestedNumber() }}
          aria-label={t('payments.new.title')}
          style={{ maxWidth: 920 }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="customerId" label={t('payments.fields.customer')} rules={[{ required: true, message: t('payments.form.required') }]}>
                <CustomerSelect onPicked={setCustomer} initial={initial.data ?? null} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="type" label={t('payments.fields.type')} extra={t('payments.form.typeHelp')}>
                <Radio.Group optionType="button" options={[{ value: 'PAYMENT', label: t('payments.type.PAYMENT') }, { value: 'ADVANCE', label: t('payments.type.ADVANCE') }]} />
              </Form.Item>
            </Col>
            <Col xs={8} md={4}>
              <Form.Item name="currency" label={t('payments.fields.currency')} rules={[{ required: true, message: t('payments.form.required') }]}>
                <Select options={(currencies.length ? currencies : ['CNY']).map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col xs={16} md={8}>
              <Form.Item
                name="amount"
                label={t('payments.fields.amount')}
                rules={[{ required: true, message: t('payments.form.required') }, { validator: (_, v: string | null) => (v && !isZeroMoney({ amount: v, currency }) && !v.startsWith('-') ? Promise.resolve() : Promise.reject(new Error(t('payments.form.positive')))) }]}
                extra={openDebit && customer ? t('payments.form.customerOwes', { amount: fmt.money(openDebit) }) : undefined}
              >
                <MoneyInput currency={currency} min="0" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="valueDate" label={t('payments.fields.valueDate')} rules={[{ required: true, message: t('payments.form.required') }]} extra={t('payments.form.valueDateHelp')}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso(timeZone)} allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="documentNumber" label={t('payments.fields.number')} rules={[{ required: true, whitespace: true, message: t('payments.form.required') }, { max: 64 }]} extra={t('payments.form.numberHelp')}>
                <Input className="mono" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="reference" label={t('payments.fields.reference')} extra={t('payments.form.referenceHelp')}>
                <Input autoComplete="off" maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('payments.fields.description')}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          {customer && customer.status === 'BLOCKED' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('payments.form.blocked')} />}
          <Space wrap>
            <Button type="primary" onClick={() => void openAllocation()} data-testid="open-allocation">{t('payments.actions.continueToAllocate')}</Button>
            <Button onClick={() => void postOnAccount()} loading={posting}>{t('payments.actions.postOnAccount')}</Button>
            <Button type="text" onClick={() => navigate(-1)}>{t('core.actions.cancel')}</Button>
            <Typography.Text type="secondary">{t('payments.form.allocateHelp')}</Typography.Text>
          </Space>
        </Form>
      </Card>
      {draft && (
        <AllocationDialog
          open
          target={{ kind: 'new', receipt: draft }}
          customerLabel={customer ? customerLabel(customer, lang) : ''}
          onClose={() => setDraft(null)}
          onDone={(r) => {
            setDraft(null);
            done(r);
          }}
          onReceiptProblem={(e) => {
            setDraft(null);
            showProblem(e);
          }}
        />
      )}
    </>
  );
}
