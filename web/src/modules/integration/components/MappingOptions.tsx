import { Checkbox, Col, Form, Input, Row, Select, Tag } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import { DATE_FORMATS, type ColumnMapping, type DateFormat, type ImportType } from '../api';

export interface MappingOptionsProps {
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
  type: ImportType;
  companyCurrency: string;
  suggestedDateFormat: DateFormat | null;
}

/** How values are read: date format (with the one the data suggests), decimal separator, default currency. */
export function MappingOptions({ mapping, onChange, type, companyCurrency, suggestedDateFormat }: MappingOptionsProps) {
  const t = useT();
  const set = (patch: Partial<ColumnMapping>) => onChange({ ...mapping, ...patch });
  return (
    <Form layout="vertical">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('integration.mapping.dateFormat')}
            extra={suggestedDateFormat && suggestedDateFormat !== (mapping.dateFormat ?? 'AUTO') ? (
              <a onClick={() => set({ dateFormat: suggestedDateFormat })} data-testid="use-suggested-date">
                <Tag color="gold">{t('integration.mapping.suggested')}</Tag>
                {t(`integration.dateFormats.${suggestedDateFormat}`)}
              </a>
            ) : undefined}
          >
            <Select
              value={mapping.dateFormat ?? 'AUTO'}
              onChange={(v: DateFormat) => set({ dateFormat: v })}
              options={DATE_FORMATS.map((f) => ({ value: f, label: t(`integration.dateFormats.${f}`) }))}
              data-testid="date-format"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('integration.mapping.decimalSeparator')}>
            <Select
              value={mapping.decimalSeparator ?? '.'}
              onChange={(v: string) => set({ decimalSeparator: v })}
              options={[
                { value: '.', label: t('integration.mapping.decimalPoint') },
                { value: ',', label: t('integration.mapping.decimalComma') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('integration.mapping.defaultCurrency')}>
            <Input
              value={mapping.defaultCurrency ?? ''}
              maxLength={3}
              placeholder={t('integration.mapping.defaultCurrencyHint', { currency: companyCurrency })}
              onChange={(e) => set({ defaultCurrency: e.target.value.toUpperCase() || null })}
            />
          </Form.Item>
        </Col>
      </Row>
      {type !== 'CUSTOMERS' && (
        <Checkbox checked={!!mapping.createMissingCustomers} onChange={(e) => set({ createMissingCustomers: e.target.checked })}>
          {t('integration.mapping.createCustomers')}
        </Checkbox>
      )}
    </Form>
  );
}
