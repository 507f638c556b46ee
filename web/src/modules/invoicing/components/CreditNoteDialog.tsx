import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../core/api/problem';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { invoicingApi, newIdempotencyKey, type CreditMode, type CreditNote, type CreditNoteInput, type CreditNotePreview, type Invoice, type PricedLine } from '../api';

interface Values {
  mode: CreditMode;
  creditDate?: Dayjs | null;
  reason?: string;
  lines?: { quantity?: string | null }[];
  amount?: string | null;
}

/** The request for the form's values, and where each request line's errors belong in the form. */
export function toCreditInput(invoice: Invoice, v: Values): { input: CreditNoteInput; fieldMap: Record<string, (string | number)[]> } {
  const fieldMap: Record<string, (string | number)[]> = {};
  const lines: { lineNo: number; quantity?: string }[] = [];
  if (v.mode === 'LINES') {
    (v.lines ?? []).forEach((l, i) => {
      const q = l?.quantity?.toString().trim();
      if (!q) return;
      fieldMap[`lines[${lines.length}].quantity`] = ['lines', i, 'quantity'];
      fieldMap[`lines[${lines.length}].lineNo`] = ['lines', i, 'quantity'];
      lines.push({ lineNo: invoice.lines[i]!.lineNo, quantity: q });
    });
  }
  const input: CreditNoteInput = {
    invoiceId: invoice.id,
    mode: v.mode,
    creditDate: v.creditDate ? v.creditDate.format('YYYY-MM-DD') : undefined,
    reason: v.reason?.trim() || undefined,
    lines: v.mode === 'LINES' ? lines : undefined,
    amount: v.mode === 'AMOUNT' && v.amount ? { amount: v.amount, currency: invoice.currency } : undefined,
  };
  return { input, fieldMap };
}

/** Issues a credit note against an invoice: in full, by quantities of its lines, or by an amount; previewed live. */
export function CreditNoteDialog({ invoice, open, onClose, onIssued }: { invoice: Invoice; open: boolean; onClose: () => void; onIssued: (n: CreditNote) => void }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const key = useRef(newIdempotencyKey());
  const values = Form.useWatch([], form) as Values | undefined;
  // where the errors of the request's lines belong: the request holds only the lines with a quantity
  const options = useMemo(() => ({ fieldMap: values ? toCreditInput(invoice, values).fieldMap : {} }), [invoice, values]);
  const submit = useCallback(
    async (v: Values) => {
      const { input } = toCreditInput(invoice, v);
      const note = await invoicingApi.issueCreditNote(input, key.current);
      key.current = newIdempotencyKey();
      message.success(t('invoicing.credit.issued', { number: note.number }));
      onIssued(note);
      return note;
    },
    [invoice, message, onIssued, t],
  );
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit, options);
  const preview = useCreditPreview(invoice, values);

  useEffect(() => {
    if (open) {
      form.resetFields();
      clearError();
    }
  }, [open, form, clearError]);

  return (
    <Modal
      open={open}
      title={t('invoicing.credit.title', { number: invoice.number ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('invoicing.credit.submit')}
      okButtonProps={{ loading: submitting, danger: true, id: 'credit-submit' }}
      width={860}
      destroyOnHidden
    >
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ mode: 'LINES', creditDate: dayjs(), lines: invoice.lines.map(() => ({})) }}>
        <Form.Item name="mode" label={t('invoicing.credit.mode')}>
          <Radio.Group optionType="button" options={(['LINES', 'AMOUNT', 'FULL'] as const).map((m) => ({ value: m, label: t(`invoicing.creditMode.${m}`) }))} />
        </Form.Item>
        {values?.mode === 'LINES' && <CreditLines lines={invoice.lines} />}
        {values?.mode === 'AMOUNT' && (
          <Form.Item name="amount" label={t('invoicing.credit.amount')}>
            <MoneyInput currency={invoice.currency} style={{ maxWidth: 260 }} />
          </Form.Item>
        )}
        {values?.mode === 'FULL' && <Alert type="warning" showIcon title={t('invoicing.credit.fullHint')} style={{ marginBottom: 16 }} />}
        <Form.Item name="creditDate" label={t('invoicing.credit.creditDate')}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="reason" label={t('invoicing.credit.reason')} extra={t('invoicing.credit.reasonHint')} required>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      {preview && (
        <Descriptions
          size="small"
          column={2}
          bordered
          data-testid="credit-preview"
          items={[
            { key: 'net', label: t('invoicing.detail.net'), children: fmt.money(preview.totals.net) },
            { key: 'tax', label: t('invoicing.detail.tax'), children: fmt.money(preview.totals.tax) },
            { key: 'gross', label: t('invoicing.detail.gross'), children: <strong>{fmt.money(preview.totals.gross)}</strong> },
            { key: 'before', label: t('invoicing.credit.creditableBefore'), children: fmt.money(preview.creditableBefore) },
            { key: 'after', label: t('invoicing.credit.creditableAfter'), children: fmt.money(preview.creditableAfter) },
          ]}
        />
      )}
    </Modal>
  );
}

function CreditLines({ lines }: { lines: PricedLine[] }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Table<PricedLine>
      size="small"
      pagination={false}
      rowKey="lineNo"
      dataSource={lines}
      style={{ marginBottom: 16 }}
      columns={[
        { title: t('invoicing.line.no'), dataIndex: 'lineNo', key: 'no', width: 48 },
        { title: t('invoicing.line.description'), dataIndex: 'description', key: 'd' },
        { title: t('invoicing.line.gross'), key: 'g', align: 'right', render: (_: unknown, l) => fmt.money(l.grossAmount) },
        {
          title: t('invoicing.credit.quantity'),
          key: 'q',
          render: (_: unknown, l, i) => (
            <Form.Item name={['lines', i, 'quantity']} style={{ margin: 0 }} extra={t('invoicing.credit.quantityOf', { quantity: l.quantity })}>
              <InputNumber<string> stringMode min="0" aria-label={`${t('invoicing.form.lineLabel', { no: l.lineNo })} ${t('invoicing.credit.quantity')}`} style={{ width: 120 }} />
            </Form.Item>
          ),
        },
      ]}
    />
  );
}

/** The server's computation of the credit note being filled in, a moment after the last change. */
function useCreditPreview(invoice: Invoice, values: Values | undefined): CreditNotePreview | null {
  const [preview, setPreview] = useState<{ key: string; value: CreditNotePreview } | null>(null);
  const key = useMemo(() => {
    if (!values?.mode) return '';
    const { input } = toCreditInput(invoice, values);
    if (input.mode === 'LINES' && !input.lines?.length) return '';
    if (input.mode === 'AMOUNT' && !input.amount) return '';
    return JSON.stringify({ ...input, reason: input.reason ?? '—' });
  }, [invoice, values]);
  useEffect(() => {
    if (!key) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      invoicingApi.previewCreditNote(JSON.parse(key) as CreditNoteInput, controller.signal).then(
        (value) => setPreview({ key, value }),
        (e: unknown) => {
          if (!controller.signal.aborted && e instanceof ApiError) setPreview(null);
        },
      );
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  return preview && preview.key === key ? preview.value : null;
}
