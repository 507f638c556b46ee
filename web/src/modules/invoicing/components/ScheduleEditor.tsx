import { Button, Col, DatePicker, Form, InputNumber, Radio, Row, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../core/i18n/I18nProvider';

/** Installments: one payment, equal installments every n months, or shares by percentage with optional due dates. */
export function ScheduleEditor() {
  const t = useT();
  const mode = Form.useWatch(['schedule', 'mode']) as string | undefined;
  return (
    <>
      <Form.Item name={['schedule', 'mode']} label={t('invoicing.form.scheduleMode')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'SINGLE', label: t('invoicing.form.single') },
            { value: 'EQUAL', label: t('invoicing.form.equal') },
            { value: 'PERCENT', label: t('invoicing.form.percent') },
          ]}
        />
      </Form.Item>
      {mode && mode !== 'SINGLE' && (
        <Row gutter={16}>
          {mode === 'EQUAL' && (
            <Col xs={24} sm={12}>
              <Form.Item name={['schedule', 'count']} label={t('invoicing.form.count')}>
                <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item name={['schedule', 'intervalMonths']} label={t('invoicing.form.intervalMonths')}>
              <InputNumber min={1} max={12} precision={0} placeholder="1" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {mode === 'PERCENT' && (
        <fieldset className="invoice-parts">
          <legend>{t('invoicing.form.parts')}</legend>
          <PartsList />
        </fieldset>
      )}
    </>
  );
}

function PartsList() {
  const t = useT();
  return (
    <Form.List name={['schedule', 'parts']}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="start" wrap>
              <Form.Item name={[f.name, 'percent']} label={`${f.name + 1}. ${t('invoicing.form.partPercent')}`}>
                <InputNumber<string> stringMode min="0" max="100" style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'dueDate']} label={t('invoicing.form.partDueDate')}>
                <DatePicker />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('invoicing.form.removePart', { no: f.name + 1 })}
                onClick={() => remove(f.name)}
                style={{ marginTop: 30 }}
              />
            </Space>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ percent: undefined })}>
              {t('invoicing.form.addPart')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
