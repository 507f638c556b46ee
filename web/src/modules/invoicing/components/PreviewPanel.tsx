import { Alert, Card, Descriptions, Empty, Table } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Installment, InvoicePreview, TaxGroup } from '../api';

/** The live totals, VAT by rate and installment plan of the invoice being edited, as the server computes them. */
export function PreviewPanel({ preview, problem, loading }: { preview: InvoicePreview | null; problem: string | null; loading: boolean }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Card title={t('invoicing.form.preview')} size="small" loading={loading && !preview} data-testid="invoice-preview" aria-live="polite">
      {problem && <Alert type="warning" showIcon title={t('invoicing.form.previewFailed')} description={problem} style={{ marginBottom: 12 }} />}
      {!preview ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoicing.form.previewWaiting')} />
      ) : (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'net', label: t('invoicing.detail.net'), children: fmt.money(preview.totals.net) },
              { key: 'tax', label: t('invoicing.detail.tax'), children: fmt.money(preview.totals.tax) },
              { key: 'gross', label: t('invoicing.detail.gross'), children: <strong data-testid="preview-gross">{fmt.money(preview.totals.gross)}</strong> },
              { key: 'terms', label: t('invoicing.detail.terms'), children: preview.paymentTerms },
              { key: 'due', label: t('invoicing.detail.dueDate'), children: fmt.date(preview.dueDate) },
            ]}
          />
          <TaxGroupsTable groups={preview.taxGroups} />
          {preview.installments.length > 1 && <InstallmentsTable installments={preview.installments} />}
        </>
      )}
    </Card>
  );
}

export function TaxGroupsTable({ groups }: { groups: TaxGroup[] }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Table<TaxGroup>
      size="small"
      pagination={false}
      rowKey="taxRate"
      dataSource={groups}
      aria-label={t('invoicing.detail.taxSummary')}
      style={{ marginTop: 12 }}
      columns={[
        { title: t('invoicing.line.taxRate'), dataIndex: 'taxRate', key: 'rate', render: (r: string) => `${r}%` },
        { title: t('invoicing.line.net'), key: 'net', align: 'right', render: (_: unknown, g) => fmt.money(g.net, { display: 'none' }) },
        { title: t('invoicing.line.tax'), key: 'tax', align: 'right', render: (_: unknown, g) => fmt.money(g.tax, { display: 'none' }) },
        { title: t('invoicing.line.gross'), key: 'gross', align: 'right', render: (_: unknown, g) => fmt.money(g.gross, { display: 'none' }) },
      ]}
    />
  );
}

export function InstallmentsTable({ installments, withOpen = false }: { installments: Installment[]; withOpen?: boolean }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Table<Installment>
      size="small"
      pagination={false}
      rowKey="installmentNo"
      dataSource={installments}
      aria-label={t('invoicing.detail.installments')}
      data-testid="installments"
      style={{ marginTop: 12 }}
      columns={[
        { title: t('invoicing.installment.no'), dataIndex: 'installmentNo', key: 'no', width: 60 },
        { title: t('invoicing.installment.dueDate'), dataIndex: 'dueDate', key: 'due', render: (d: string) => fmt.date(d) },
        { title: t('invoicing.installment.percent'), dataIndex: 'percent', key: 'percent', render: (p: string | null) => (p ? `${p}%` : '') },
        { title: t('invoicing.installment.amount'), key: 'amount', align: 'right', render: (_: unknown, i) => fmt.money(i.amount) },
        ...(withOpen
          ? [{ title: t('invoicing.installment.open'), key: 'open', align: 'right' as const, render: (_: unknown, i: Installment) => fmt.money(i.openAmount) }]
          : []),
      ]}
    />
  );
}
