import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { invoicingApi, newIdempotencyKey, type CustomerOption, type Invoice, type InvoicePreview } from '../api';
import { InvoiceHeaderFields } from '../components/InvoiceHeaderFields';
import { LineItemsEditor } from '../components/LineItemsEditor';
import { PreviewPanel } from '../components/PreviewPanel';
import { ScheduleEditor } from '../components/ScheduleEditor';
import { emptyLine, fromInvoice, toInput, toPreviewInput, type InvoiceFormValues } from '../formValues';
import { usePreview } from '../usePreview';

/** Errors about the schedule as a whole are shown on its mode. */
const FIELD_MAP = { fieldMap: { schedule: ['schedule', 'mode'] } };

/** The preview panel watches every field itself, so typing re-renders only it, not the whole form. */
function LivePreview({ form, onPreview }: { form: FormInstance<InvoiceFormValues>; onPreview: (p: InvoicePreview | null) => void }) {
  const values = Form.useWatch([], form) as InvoiceFormValues | undefined;
  const input = useMemo(() => (values ? toPreviewInput(values) : null), [values]);
  const { preview, problem, loading } = usePreview(input);
  useEffect(() => onPreview(preview), [preview, onPreview]);
  return <PreviewPanel preview={preview} problem={problem} loading={loading} />;
}

function initialValues(): InvoiceFormValues {
  return { invoiceDate: dayjs(), lines: [emptyLine()], schedule: { mode: 'SINGLE' }, pricesIncludeTax: false, taxRounding: 'CN_VAT_HALF_UP' };
}

/** Create a draft invoice or edit one: lines, tax, terms and installments, with live totals from the server. */
export default function InvoiceFormPage() {
  const { id } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<InvoiceFormValues>();
  const [draft, setDraft] = useState<Invoice | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const createKey = useRef(newIdempotencyKey());
  const issueKey = useRef(newIdempotencyKey());
  // read by the submit handler; the state only drives which button spins
  const intent = useRef<'save' | 'issue'>('save');
  const [pending, setPending] = useState<'save' | 'issue'>('save');
  const choose = (what: 'save' | 'issue') => {
    intent.current = what;
    setPending(what);
  };

  useEffect(() => {
    if (!id) return;
    invoicingApi.get(id).then((d) => {
      setDraft(d.invoice);
      form.setFieldsValue(fromInvoice(d.invoice));
    }, setLoadError);
  }, [id, form]);

  const [preview, setPreview] = useState<InvoicePreview | null>(null);
  const chosenCurrency = Form.useWatch('currency', form) as string | undefined;
  const lineCount = (Form.useWatch('lines', form) as unknown[] | undefined)?.length ?? 0;
  const currency = chosenCurrency || preview?.currency || draft?.currency || 'CNY';
  const initialCustomer: CustomerOption | null = draft
    ? { id: draft.customerId, code: draft.customer.code, nameZh: draft.customer.name, nameEn: draft.customer.nameEn }
    : null;

  const submit = useCallback(
    async (v: InvoiceFormValues) => {
      const body = toInput(v, draft?.version);
      const saved = draft ? await invoicingApi.update(draft.id, body) : await invoicingApi.create(body, createKey.current);
      if (intent.current === 'issue') {
        try {
          const issued = await invoicingApi.issue(saved.id, saved.version, issueKey.current);
          message.success(t('invoicing.detail.issued', { number: issued.number }));
        } catch (e) {
          const { title, detail } = describeError(e, t);
          message.error(`${title}${detail ? ': ' + detail : ''}`, 8);
        }
      } else {
        message.success(t('invoicing.form.saved'));
      }
      navigate(`/invoices/${saved.id}`);
      return saved;
    },
    [draft, message, navigate, t],
  );
  const { onFinish, submitting, error, otherErrors } = useServerForm(form, submit, FIELD_MAP);

  if (id && !draft && !loadError) return <PageLoading />;
  if (loadError) return <Alert type="error" showIcon title={describeError(loadError, t).title} description={describeError(loadError, t).detail} />;
  if (draft && draft.status !== 'DRAFT') {
    return <Alert type="warning" showIcon title={t('invoicing.status.ISSUED')} action={<Button onClick={() => navigate(`/invoices/${draft.id}`)}>{draft.number}</Button>} />;
  }

  const title = draft ? t('invoicing.form.editTitle') : t('invoicing.form.newTitle');
  return (
    <>
      <PageHeader title={title} />
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<InvoiceFormValues> form={form} layout="vertical" initialValues={initialValues()} onFinish={onFinish} aria-label={title} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <Card title={t('invoicing.form.header')} size="small" style={{ marginBottom: 16 }}>
              <InvoiceHeaderFields preview={preview} initialCustomer={initialCustomer} />
            </Card>
            <Card title={t('invoicing.form.lines')} size="small" style={{ marginBottom: 16 }}>
              <LineItemsEditor form={form} currency={currency} priced={preview?.lines.length === lineCount ? preview?.lines : undefined} />
            </Card>
            <Card title={t('invoicing.form.schedule')} size="small" style={{ marginBottom: 16 }}>
              <ScheduleEditor />
            </Card>
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="notes" label={t('invoicing.form.notes')} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <div style={{ position: 'sticky', top: 16 }}>
              <LivePreview form={form} onPreview={setPreview} />
            </div>
          </Col>
        </Row>
        <Space style={{ marginTop: 8 }}>
          <Button htmlType="submit" loading={submitting && pending === 'save'} onClick={() => choose('save')} data-testid="save-draft">
            {t('invoicing.form.save')}
          </Button>
          <Button type="primary" htmlType="submit" loading={submitting && pending === 'issue'} onClick={() => choose('issue')} data-testid="save-and-issue">
            {t('invoicing.form.saveAndIssue')}
          </Button>
          <Button onClick={() => navigate(draft ? `/invoices/${draft.id}` : '/invoices')}>{t('invoicing.form.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
