import { Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../core/i18n/I18nProvider';
import type { FieldSpec } from '../api';

interface Row {
  header: string;
  index: number;
}

export interface MappingTableProps {
  header: string[];
  sample: string[][];
  fields: FieldSpec[];
  columns: Record<string, string>;
  onChange: (columns: Record<string, string>) => void;
}

const ATTR = 'attr.';

/** One line per file column: its first values and the field it feeds (or ignored, or kept as an attribute). */
export function MappingTable({ header, sample, fields, columns, onChange }: MappingTableProps) {
  const t = useT();
  const used = new Set(Object.values(columns));
  const set = (h: string, field: string) => {
    const next = { ...columns };
    if (field) next[h] = field;
    else delete next[h];
    onChange(next);
  };
  const attrName = (h: string) => ATTR + (h.replace(/[^\p{L}\p{N}]+/gu, '') || 'column');

  const cols: ColumnsType<Row> = [
    { title: t('integration.mapping.column'), dataIndex: 'header', key: 'header', width: 200, render: (h: string) => <strong>{h}</strong> },
    {
      title: t('integration.mapping.sample'),
      key: 'sample',
      responsive: ['md'],
      render: (_: unknown, r) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
          {sample.slice(0, 3).map((s) => s[r.index] ?? '').filter(Boolean).join(' · ')}
        </Typography.Text>
      ),
    },
    {
      title: t('integration.mapping.field'),
      key: 'field',
      width: 300,
      render: (_: unknown, r) => {
        const value = columns[r.header] ?? '';
        return (
          <Select
            value={value}
            onChange={(v: string) => set(r.header, v)}
            style={{ width: '100%' }}
            aria-label={`${t('integration.mapping.field')}: ${r.header}`}
            data-testid={`map-${r.index}`}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: '', label: t('integration.mapping.ignore') },
              ...fields.map((f) => ({
                value: f.name,
                label: `${t(`integration.fields.${f.name}`)}${f.required ? ' *' : ''}`,
                disabled: used.has(f.name) && value !== f.name,
              })),
              { value: value.startsWith(ATTR) ? value : attrName(r.header), label: t('integration.mapping.attribute') },
            ]}
          />
        );
      },
    },
    {
      title: '',
      key: 'required',
      width: 90,
      render: (_: unknown, r) => {
        const f = fields.find((x) => x.name === columns[r.header]);
        return f?.required ? <Tag color="blue">{t('integration.mapping.required')}</Tag> : null;
      },
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="index"
      pagination={false}
      columns={cols}
      dataSource={header.map((h, index) => ({ header: h, index }))}
      scroll={{ x: 'max-content' }}
    />
  );
}
