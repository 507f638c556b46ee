import { useRef } from 'react';
import { AutoComplete, Button, Form, Input, InputNumber, Table, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MoneyInput } from '../../../core/forms/MoneyInput';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { PricedLine } from '../api';
import { COMMON_TAX_RATES, emptyLine } from '../formValues';

export interface LineItemsEditorProps {
  form: FormInstance;
  currency: string;
  /** The preview's priced lines, by position, for the amount columns. */
  priced?: PricedLine[];
}

/**
 * The invoice's lines as an editable table. Field names follow the API's JSON paths (lines[2].quantity), so server
 * errors land on the right cell. Keyboard: Tab runs through a row and on to "Add line"; a new line's description
 * gets the focus; every row's remove button is labelled with its line number.
 */
export function LineItemsEditor({ form, currency, priced }: LineItemsEditorProps) {
  const t = useT();
  const fmt = useFormat();
  const table = useRef<HTMLDivElement>(null);

  const focusDescription = (index: number) =>
    setTimeout(() => table.current?.querySelector<HTMLInputElement>(`#lines_${index}_description`)?.focus(), 0);

  return (
    <Form.List name="lines">
      {(fields, { add, remove }, { errors }) => (
        <div ref={table}>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            scroll={{ x: 'max-content' }}
            aria-label={t('invoicing.form.lines')}
            columns={[
              { title: t('invoicing.line.no'), key: 'no', width: 40, render: (_: unknown, f) => f.name + 1 },
              {
                title: t('invoicing.line.description'),
                key: 'description',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'description']} style={{ margin: 0, minWidth: 200 }}>
                    <Input aria-label={`${t('invoicing.form.lineLabel', { no: f.name + 1 })} ${t('invoicing.line.description')}`} maxLength={500} />
                  </Form.Item>
                ),
              },
              {
                title: t('invoicing.line.unit'),
                key: 'unit',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'unit']} style={{ margin: 0, width: 70 }}>
                    <Input aria-label={`${t('invoicing.form.lineLabel', { no: f.name + 1 })} ${t('invoicing.line.unit')}`} maxLength={20} />
                  </Form.Item>
                ),
              },
              {
                title: t('invoicing.line.quantity'),
                key: 'quantity',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'quantity']} style={{ margin: 0, width: 110 }}>
                    <InputNumber<string> stringMode min="0" aria-label={`${t('invoicing.form.lineLabel', { no: f.name + 1 })} ${t('invoicing.line.quantity')}`} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: t('invoicing.line.unitPrice'),
                key: 'unitPrice',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'unitPrice']} style={{ margin: 0, width: 160 }}>
                    <MoneyInput currency={currency} aria-label={`${t('invoicing.form.lineLabel', { no: f.name + 1 })} ${t('invoicing.line.unitPrice')}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('invoicing.line.discount'),
                key: 'discountPercent',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'discountPercent']} style={{ margin: 0, width: 90 }}>
                    <InputNumber<string> stringMode min="0" max="100" aria-label={`${t('invoicing.form.lineLabel', { no: f.name + 1 })} ${t('invoicing.line.discount')}`} style={{ width: '100%' }} />
                  </Form.Item>
                ),
              },
              {
                title: t('invoicing.line.taxRate'),
                key: 'taxRate',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'taxRate']} style={{ margin: 0, width: 90 }}>
                    <AutoComplete
                      aria-label={`${t('invoicing.form.lineLabel', { no: f.name + 1 })} ${t('invoicing.line.taxRate')}`}
                      options={COMMON_TAX_RATES.map((r) => ({ value: r, label: `${r}%` }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('invoicing.line.gross'),
                key: 'gross',
                align: 'right',
                render: (_: unknown, f) => {
                  const p = priced?.[f.name];
                  return <Typography.Text className="mono" style={{ whiteSpace: 'nowrap' }}>{p ? fmt.money(p.grossAmount, { display: 'none' }) : ''}</Typography.Text>;
                },
              },
              {
                key: 'remove',
                width: 48,
                render: (_: unknown, f) => (
                  <Tooltip title={t('invoicing.form.removeLine', { no: f.name + 1 })}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('invoicing.form.removeLine', { no: f.name + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(f.name)}
                    />
                  </Tooltip>
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            data-testid="add-line"
            onClick={() => {
              const rows = (form.getFieldValue('lines') as unknown[] | undefined)?.length ?? 0;
              add(emptyLine());
              focusDescription(rows);
            }}
          >
            {t('invoicing.form.addLine')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
