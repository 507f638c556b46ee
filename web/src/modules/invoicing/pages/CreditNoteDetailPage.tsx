import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Card, Col, Descriptions, Row, Table, Tag } from 'antd';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { invoicingApi, type CreditNoteDetail, type CreditNoteLine } from '../api';
import { customerLabel } from '../components/CustomerSelect';
import { PdfButton } from '../components/DocumentDownload';
import { DocumentHistory } from '../components/DocumentHistory';
import { LedgerActivity } from '../components/LedgerActivity';
import { TaxGroupsTable } from '../components/PreviewPanel';

/** One credit note: what it credits, how much of it went to the invoice, what stays as the customer's credit. */
export default function CreditNoteDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const [detail, setDetail] = useState<CreditNoteDetail | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    invoicingApi.creditNote(id).then(setDetail, setFailure);
  }, [id]);

  if (failure) return <Alert type="error" showIcon title={describeError(failure, t).title} description={describeError(failure, t).detail} />;
  if (!detail) return <PageLoading />;
  const n = detail.creditNote;
  const unapplied = detail.ledger?.openAmount;

  return (
    <>
      <PageHeader
        title={<span data-testid="credit-note-title">{`${t('invoicing.creditNotes.detailTitle')} ${n.number}`}</span>}
        description={<Tag color="purple">{t(`invoicing.creditMode.${n.mode}`)}</Tag>}
        extra={<PdfButton load={(l) => invoicingApi.creditNotePdf(n.id, l)} fallbackName={`${n.number}.pdf`} />}
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'invoice', label: t('invoicing.creditNotes.invoice'), children: <Link to={`/invoices/${n.invoiceId}`}>{n.invoiceNumber}</Link> },
                { key: 'customer', label: t('invoicing.detail.customer'), children: customerLabel(n.customer, lang) },
                { key: 'date', label: t('invoicing.columns.creditDate'), children: fmt.date(n.creditDate) },
                { key: 'reason', label: t('invoicing.columns.reason'), children: n.reason },
                { key: 'created', label: t('invoicing.detail.created'), children: t('invoicing.detail.by', { time: fmt.dateTime(n.createdAt), user: n.createdBy }) },
              ]}
            />
          </Card>
          <Card title={t('invoicing.detail.lines')} size="small" style={{ marginBottom: 16 }}>
            <Table<CreditNoteLine>
              size="small"
              pagination={false}
              rowKey="lineNo"
              dataSource={n.lines}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('invoicing.line.no'), dataIndex: 'lineNo', key: 'no', width: 48 },
                {
                  title: t('invoicing.line.description'),
                  key: 'd',
                  render: (_: unknown, l) => (l.invoiceLineNo ? `${t('invoicing.creditNotes.lineOf', { no: l.invoiceLineNo })}: ${l.description ?? ''}` : t('invoicing.creditNotes.amountLine')),
                },
                { title: t('invoicing.line.quantity'), dataIndex: 'quantity', key: 'q', align: 'right', render: (q: string | null) => (q ? fmt.number(q) : '') },
                { title: t('invoicing.line.net'), key: 'net', align: 'right', render: (_: unknown, l) => fmt.money(l.netAmount, { display: 'none' }) },
                { title: t('invoicing.line.taxRate'), dataIndex: 'taxRate', key: 'r', align: 'right', render: (r: string) => `${r}%` },
                { title: t('invoicing.line.tax'), key: 'tax', align: 'right', render: (_: unknown, l) => fmt.money(l.taxAmount, { display: 'none' }) },
                { title: t('invoicing.line.gross'), key: 'gross', align: 'right', render: (_: unknown, l) => fmt.money(l.grossAmount, { display: 'none' }) },
              ]}
            />
            <TaxGroupsTable groups={n.taxGroups} />
          </Card>
          {detail.ledger && (
            <Card title={t('invoicing.detail.ledgerHistory')} size="small">
              <LedgerActivity items={[detail.ledger]} history />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'net', label: t('invoicing.detail.net'), children: fmt.money(n.totals.net) },
                { key: 'tax', label: t('invoicing.detail.tax'), children: fmt.money(n.totals.tax) },
                { key: 'gross', label: t('invoicing.detail.gross'), children: <strong>{fmt.money(n.totals.gross)}</strong> },
                { key: 'applied', label: t('invoicing.creditNotes.applied'), children: fmt.money(n.appliedAmount) },
                ...(unapplied ? [{ key: 'open', label: t('invoicing.creditNotes.unapplied'), children: fmt.money(unapplied) }] : []),
              ]}
            />
          </Card>
          <Card title={t('invoicing.detail.history')} size="small">
            <DocumentHistory entries={detail.history} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
