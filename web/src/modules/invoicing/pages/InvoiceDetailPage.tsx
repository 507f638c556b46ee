import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table } from 'antd';
import { CheckCircleOutlined, DeleteOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { allows, Access } from '../../../core/auth/access';
import { useAuth } from '../../../core/auth/AuthProvider';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { invoicingApi, newIdempotencyKey, type CreditNote, type InvoiceDetail } from '../api';
import { CreditNoteDialog } from '../components/CreditNoteDialog';
import { PdfButton } from '../components/DocumentDownload';
import { DocumentHistory } from '../components/DocumentHistory';
import { LedgerActivity } from '../components/LedgerActivity';
import { LinesTable } from '../components/LinesTable';
import { InstallmentsTable, TaxGroupsTable } from '../components/PreviewPanel';
import { InvoiceStatusTags } from '../components/StatusTags';
import { customerLabel } from '../components/CustomerSelect';

/** One invoice: lines, totals, installments with what the ledger applied to them, credit notes and history. */
export default function InvoiceDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [detail, setDetail] = useState<InvoiceDetail | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [crediting, setCrediting] = useState(false);
  const issueKey = useRef(newIdempotencyKey());
  const canWrite = allows(Access.POST_ITEMS, user?.roles ?? []);

  const reload = useCallback(() => {
    invoicingApi.get(id).then(setDetail, setFailure);
  }, [id]);
  useEffect(reload, [reload]);

  if (failure) {
    const { title, detail: text } = describeError(failure, t);
    return <Alert type="error" showIcon title={title} description={text} action={<Button onClick={() => navigate('/invoices')}>{t('invoicing.list.title')}</Button>} />;
  }
  if (!detail) return <PageLoading />;
  const inv = detail.invoice;
  const draft = inv.status === 'DRAFT';

  const issue = () =>
    invoicingApi.issue(inv.id, inv.version, issueKey.current).then(
      (issued) => {
        message.success(t('invoicing.detail.issued', { number: issued.number }));
        reload();
      },
      (e: unknown) => message.error(`${describeError(e, t).title}: ${describeError(e, t).detail}`, 8),
    );
  const discard = () =>
    invoicingApi.discard(inv.id, inv.version).then(
      () => {
        message.success(t('invoicing.detail.discarded'));
        navigate('/invoices');
      },
      (e: unknown) => message.error(describeError(e, t).title),
    );

  const actions = (
    <Space wrap>
      {canWrite && draft && (
        <>
          <Button icon={<EditOutlined />} onClick={() => navigate(`/invoices/${inv.id}/edit`)}>{t('invoicing.detail.edit')}</Button>
          <Popconfirm title={t('invoicing.detail.issueConfirm')} onConfirm={issue} okText={t('invoicing.detail.issue')}>
            <Button type="primary" icon={<CheckCircleOutlined />} data-testid="issue">{t('invoicing.detail.issue')}</Button>
          </Popconfirm>
          <Popconfirm title={t('invoicing.detail.discardConfirm')} onConfirm={discard} okButtonProps={{ danger: true }}>
            <Button danger icon={<DeleteOutlined />}>{t('invoicing.detail.discard')}</Button>
          </Popconfirm>
        </>
      )}
      {canWrite && inv.status === 'ISSUED' && (
        <Button icon={<RollbackOutlined />} onClick={() => setCrediting(true)} data-testid="create-credit-note">{t('invoicing.detail.credit')}</Button>
      )}
      <PdfButton load={(l) => invoicingApi.pdf(inv.id, l)} fallbackName={`${inv.number ?? 'invoice-draft'}.pdf`} />
    </Space>
  );

  return (
    <>
      <PageHeader
        title={<span data-testid="invoice-title">{draft ? t('invoicing.detail.draftTitle') : `${t('invoicing.detail.title')} ${inv.number}`}</span>}
        description={<InvoiceStatusTags status={inv.status} paymentStatus={inv.paymentStatus} daysOverdue={inv.daysOverdue} />}
        extra={actions}
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card title={t('invoicing.detail.summary')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                { key: 'customer', label: t('invoicing.detail.customer'), children: customerLabel(inv.customer, lang), span: 2 },
                { key: 'taxId', label: t('invoicing.detail.taxId'), children: inv.customer.taxId ?? '' },
                { key: 'date', label: t('invoicing.detail.invoiceDate'), children: fmt.date(inv.invoiceDate) },
                { key: 'terms', label: t('invoicing.detail.terms'), children: inv.paymentTerms },
                { key: 'due', label: t('invoicing.detail.dueDate'), children: fmt.date(inv.dueDate) },
                { key: 'currency', label: t('invoicing.detail.currency'), children: inv.currency },
                { key: 'pricing', label: t('invoicing.detail.pricing'), children: inv.pricesIncludeTax ? t('invoicing.detail.inclusive') : t('invoicing.detail.exclusive') },
                { key: 'rounding', label: t('invoicing.detail.rounding'), children: t(`invoicing.taxRounding.${inv.taxRounding}`) },
                { key: 'reference', label: t('invoicing.detail.reference'), children: inv.reference ?? '' },
                { key: 'created', label: t('invoicing.detail.created'), children: t('invoicing.detail.by', { time: fmt.dateTime(inv.stamps.createdAt), user: inv.stamps.createdBy }) },
                ...(inv.stamps.issuedAt
                  ? [{ key: 'issued', label: t('invoicing.detail.issuedBy'), children: t('invoicing.detail.by', { time: fmt.dateTime(inv.stamps.issuedAt), user: inv.stamps.issuedBy ?? '' }) }]
                  : []),
                ...(inv.notes ? [{ key: 'notes', label: t('invoicing.detail.notes'), children: inv.notes, span: 3 }] : []),
              ]}
            />
          </Card>
          <Card title={t('invoicing.detail.lines')} size="small" style={{ marginBottom: 16 }}>
            <LinesTable lines={inv.lines} />
            <TaxGroupsTable groups={inv.taxGroups} />
          </Card>
          <Card title={t('invoicing.detail.installments')} size="small" style={{ marginBottom: 16 }}>
            <InstallmentsTable installments={inv.installments} withOpen={!draft} />
          </Card>
          {!draft && (
            <>
              <Card title={t('invoicing.detail.allocations')} size="small" style={{ marginBottom: 16 }} data-testid="allocations">
                <LedgerActivity items={detail.ledger} />
              </Card>
              <Card title={t('invoicing.detail.ledgerHistory')} size="small" style={{ marginBottom: 16 }}>
                <LedgerActivity items={detail.ledger} history />
              </Card>
            </>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Totals detail={detail} />
          {detail.creditNotes.length > 0 && <CreditNotesCard notes={detail.creditNotes} />}
          <Card title={t('invoicing.detail.history')} size="small">
            <DocumentHistory entries={detail.history} />
          </Card>
        </Col>
      </Row>
      {crediting && (
        <CreditNoteDialog
          invoice={inv}
          open={crediting}
          onClose={() => setCrediting(false)}
          onIssued={(n: CreditNote) => {
            setCrediting(false);
            navigate(`/credit-notes/${n.id}`);
          }}
        />
      )}
    </>
  );
}

function Totals({ detail }: { detail: InvoiceDetail }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const inv = detail.invoice;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="invoice-totals">
      <Descriptions
        column={1}
        size="small"
        items={[
          ...(inv.totals.discount.amount !== '0' && !/^0*(\.0*)?$/.test(inv.totals.discount.amount)
            ? [{ key: 'discount', label: t('invoicing.detail.discount'), children: fmt.money(inv.totals.discount) }]
            : []),
          { key: 'net', label: t('invoicing.detail.net'), children: fmt.money(inv.totals.net) },
          { key: 'tax', label: t('invoicing.detail.tax'), children: fmt.money(inv.totals.tax) },
          { key: 'gross', label: t('invoicing.detail.gross'), children: <strong>{fmt.money(inv.totals.gross)}</strong> },
          ...(inv.openAmount ? [{ key: 'open', label: t('invoicing.detail.open'), children: <strong data-testid="open-amount">{fmt.money(inv.openAmount)}</strong> }] : []),
          ...(inv.status !== 'DRAFT' ? [{ key: 'credited', label: t('invoicing.detail.credited'), children: fmt.money(inv.creditedAmount) }] : []),
          ...(inv.nextDueDate && inv.openAmount ? [{ key: 'next', label: t('invoicing.detail.nextDueDate'), children: fmt.date(inv.nextDueDate) }] : []),
        ]}
      />
    </Card>
  );
}

function CreditNotesCard({ notes }: { notes: CreditNote[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <Card title={t('invoicing.detail.creditNotes')} size="small" style={{ marginBottom: 16 }}>
      <Table<CreditNote>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={notes}
        columns={[
          { title: t('invoicing.columns.number'), key: 'number', render: (_: unknown, n) => <Link to={`/credit-notes/${n.id}`}>{n.number}</Link> },
          { title: t('invoicing.columns.creditDate'), dataIndex: 'creditDate', key: 'date', render: (d: string) => fmt.date(d) },
          { title: t('invoicing.columns.gross'), key: 'gross', align: 'right', render: (_: unknown, n) => fmt.money(n.totals.gross) },
        ]}
      />
    </Card>
  );
}
