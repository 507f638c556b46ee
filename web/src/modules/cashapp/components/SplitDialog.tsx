import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Col, Form, Input, Modal, Row, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useServerForm } from '../../../core/forms/useServerForm';
import { compareMoney, isZeroMoney, subtractMoney, sumMoney } from '../../../core/format/money';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { cashApi, type Line, type OpenItem, type SplitAllocation, type Suggestion } from '../api';
import { CustomerPicker } from './CustomerPicker';

interface SplitRow { itemId: string; amount: string | null; takeDiscount: boolean; writeOff: string | null }
interface SplitValues { allocations: SplitRow[]; customerId?: string }

/** Splits a line across open items of any customer, with amounts per item; the rest goes on account. */
export function SplitDialog({ line, start, onCancel, onSubmit }: {
  line: Line | null; start: Suggestion | null; onCancel: () => void;
  onSubmit: (body: { allocations: SplitAllocation[]; customerId?: string }) => Promise<unknown>;
}) {
  const t = useT();
  const fmt = useFormat();
  const [form] = Form.useForm<SplitValues>();
  const [number, setNumber] = useState('');
  const [customer, setCustomer] = useState<string | undefined>(start?.customerId);
  const [results, setResults] = useState<OpenItem[]>([]);
  const [added, setAdded] = useState<Record<string, OpenItem>>({});
  const ccy = line?.amount.currency ?? 'CNY';
  const rows = Form.useWatch('allocations', form) ?? [];

  useEffect(() => {
    if (!line) return;
    const c = new AbortController();
    const timer = setTimeout(() => {
      cashApi.openItems(line.id, { number: number.trim() || undefined, customerId: customer, size: 20 }, c.signal)
        .then((p) => setResults(p.items)).catch(() => setResults([]));
    }, 250);
    return () => {
      clearTimeout(timer);
      c.abort();
    };
  }, [line, number, customer]);

  const initial = useMemo<SplitValues>(() => ({
    allocations: (start?.allocations ?? []).filter((a) => a.applied.currency === ccy)
      .map((a) => ({ itemId: a.itemId, amount: a.applied.amount, takeDiscount: true, writeOff: a.writeOff && !isZeroMoney(a.writeOff) ? a.writeOff.amount : null })),
    customerId: start?.customerId,
  }), [start, ccy]);
  const known = useMemo<Record<string, { documentNumber: string; customerName: string | null }>>(() => ({
    ...Object.fromEntries((start?.allocations ?? []).map((a) => [a.itemId, { documentNumber: a.documentNumber, customerName: a.customerName }])),
    ...added,
  }), [start, added]);

  const applied = sumMoney(rows.filter((r) => r?.amount).map((r) => ({ amount: r.amount as string, currency: ccy })), ccy);
  const rest = line ? subtractMoney(line.amount, applied) : applied;
  const over = compareMoney(rest, { amount: '0', currency: ccy }) < 0;

  const { onFinish, submitting, error, otherErrors } = useServerForm(form, (v: SplitValues) => onSubmit({
    allocations: (v.allocations ?? []).map((r) => ({
      itemId: r.itemId, amount: { amount: r.amount ?? '0', currency: ccy }, takeDiscount: r.takeDiscount,
      writeOff: r.writeOff ? { amount: r.writeOff, currency: ccy } : null,
    })),
    customerId: v.customerId,
  }));

  const add = (item: OpenItem, addRow: (r: SplitRow) => void) => {
    setAdded((k) => ({ ...k, [item.id]: item }));
    const payable = item.payable ?? item.openAmount;
    const restPositive = compareMoney(rest, { amount: '0', currency: ccy }) > 0;
    const amount = restPositive && compareMoney(rest, payable) < 0 ? rest : payable;
    addRow({ itemId: item.id, amount: amount.amount, takeDiscount: true, writeOff: null });
    if (!form.getFieldValue('customerId')) form.setFieldValue('customerId', item.customerId);
  };

  return (
    <Modal open={line !== null} width={980} destroyOnHidden title={line ? t('cashapp.split.title', { amount: fmt.money(line.amount) }) : ''}
      okText={t('cashapp.split.submit')} okButtonProps={{ loading: submitting, disabled: rows.length === 0 }} cancelText={t('core.actions.cancel')}
      onOk={() => form.submit()} onCancel={onCancel}>
      {line && (
        <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initial} preserve={false}>
          <FormErrorAlert error={error} otherErrors={otherErrors} />
          <Form.List name="allocations">
            {(fields, { add: addRow, remove }) => (
              <>
                <Row gutter={12}>
                  <Col xs={24} md={10}><Input allowClear autoFocus placeholder={t('cashapp.split.search')} aria-label={t('cashapp.split.search')}
                    value={number} onChange={(e) => setNumber(e.target.value)} data-testid="split-search" /></Col>
                  <Col xs={24} md={14}><CustomerPicker companyId={line.companyId} value={customer} onChange={setCustomer} allowClear
                    initial={start ? { id: start.customerId, name: start.customerName } : null} placeholder={t('cashapp.split.anyCustomer')} /></Col>
                </Row>
                <Table<OpenItem> size="small" rowKey="id" style={{ margin: '8px 0 16px' }} pagination={false} scroll={{ y: 220 }}
                  aria-label={t('cashapp.split.results')} dataSource={results}
                  locale={{ emptyText: t('cashapp.split.noItems', { currency: ccy }) }}
                  columns={[
                    { title: t('cashapp.reconcile.invoice'), dataIndex: 'documentNumber', key: 'n', render: (v: string) => <span className="mono">{v}</span> },
                    { title: t('cashapp.split.customer'), dataIndex: 'customerName', key: 'c' },
                    { title: t('cashapp.reconcile.open'), dataIndex: 'openAmount', key: 'o', align: 'right', render: (m) => fmt.money(m) },
                    { title: t('cashapp.reconcile.discount'), key: 'd', render: (_: unknown, i) => (isZeroMoney(i.discount) ? ''
                      : t('cashapp.split.discountOffer', { amount: fmt.money(i.discount), date: fmt.date(i.discountUntil) })) },
                    { key: 'add', width: 90, render: (_: unknown, i) => {
                      const taken = rows.some((r) => r?.itemId === i.id);
                      return <Button size="small" icon={<PlusOutlined />} disabled={taken} onClick={() => add(i, addRow)}>
                        {taken ? t('cashapp.split.added') : t('cashapp.split.add')}</Button>;
                    } },
                  ]} />
                <Typography.Title level={4} style={{ fontSize: 14 }}>{t('cashapp.split.chosen')}</Typography.Title>
                {fields.length === 0 && <Typography.Paragraph type="secondary">{t('cashapp.split.none')}</Typography.Paragraph>}
                {fields.map((f) => {
                  const id = form.getFieldValue(['allocations', f.name, 'itemId']) as string;
                  return (
                    <Row key={f.key} gutter={8} align="middle">
                      <Form.Item name={[f.name, 'itemId']} hidden><Input /></Form.Item>
                      <Col xs={24} md={6}><span className="mono">{known[id]?.documentNumber ?? id}</span>
                        <div><Typography.Text type="secondary">{known[id]?.customerName}</Typography.Text></div></Col>
                      <Col xs={12} md={6}><Form.Item name={[f.name, 'amount']} label={t('cashapp.split.amount')} rules={[{ required: true, message: t('cashapp.split.amount') }]}>
                        <MoneyInput currency={ccy} /></Form.Item></Col>
                      <Col xs={12} md={5}><Form.Item name={[f.name, 'writeOff']} label={t('cashapp.split.writeOff')}><MoneyInput currency={ccy} /></Form.Item></Col>
                      <Col xs={18} md={5}><Form.Item name={[f.name, 'takeDiscount']} valuePropName="checked" label=" "><Checkbox>{t('cashapp.split.takeDiscount')}</Checkbox></Form.Item></Col>
                      <Col xs={6} md={2}><Button aria-label={t('cashapp.split.remove')} icon={<DeleteOutlined />} onClick={() => remove(f.name)} /></Col>
                    </Row>
                  );
                })}
              </>
            )}
          </Form.List>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text strong>{t('cashapp.split.total', { applied: fmt.money(applied), line: fmt.money(line.amount) })}</Typography.Text>
            {over && <Alert type="error" showIcon title={t('cashapp.split.over', { amount: fmt.money(subtractMoney(applied, line.amount)) })} />}
            {!over && !isZeroMoney(rest) && (
              <Form.Item name="customerId" label={t('cashapp.split.remaining', { amount: fmt.money(rest) })}>
                <CustomerPicker companyId={line.companyId} initial={start ? { id: start.customerId, name: start.customerName } : null} />
              </Form.Item>
            )}
          </Space>
        </Form>
      )}
    </Modal>
  );
}
