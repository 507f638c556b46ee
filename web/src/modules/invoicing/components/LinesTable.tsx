import { Table } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { PricedLine } from '../api';

/** An issued or draft invoice's lines, read-only. */
export function LinesTable({ lines }: { lines: PricedLine[] }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Table<PricedLine>
      size="small"
      pagination={false}
      rowKey="lineNo"
      dataSource={lines}
      scroll={{ x: 'max-content' }}
      aria-label={t('invoicing.detail.lines')}
      data-testid="invoice-lines"
      columns={[
        { title: t('invoicing.line.no'), dataIndex: 'lineNo', key: 'no', width: 48 },
        { title: t('invoicing.line.description'), dataIndex: 'description', key: 'description' },
        { title: t('invoicing.line.unit'), dataIndex: 'unit', key: 'unit' },
        { title: t('invoicing.line.quantity'), dataIndex: 'quantity', key: 'quantity', align: 'right', render: (q: string) => fmt.number(q) },
        { title: t('invoicing.line.unitPrice'), key: 'price', align: 'right', render: (_: unknown, l) => fmt.money({ amount: l.unitPrice, currency: l.netAmount.currency }, { display: 'none' }) },
        { title: t('invoicing.line.discount'), dataIndex: 'discountPercent', key: 'discount', align: 'right', render: (d: string) => (/^0*(\.0*)?$/.test(d) ? '' : `${d}%`) },
        { title: t('invoicing.line.net'), key: 'net', align: 'right', render: (_: unknown, l) => fmt.money(l.netAmount, { display: 'none' }) },
        { title: t('invoicing.line.taxRate'), dataIndex: 'taxRate', key: 'rate', align: 'right', render: (r: string) => `${r}%` },
        { title: t('invoicing.line.tax'), key: 'tax', align: 'right', render: (_: unknown, l) => fmt.money(l.taxAmount, { display: 'none' }) },
        { title: t('invoicing.line.gross'), key: 'gross', align: 'right', render: (_: unknown, l) => fmt.money(l.grossAmount, { display: 'none' }) },
      ]}
    />
  );
}
