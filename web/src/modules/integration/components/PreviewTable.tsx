import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Preview, PreviewRow } from '../api';

/** The first rows as the file has them; a cell with a problem is red with the reason, the row says how many. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const t = useT();
  const problemsOf = (r: PreviewRow, column: string) => r.problems.filter((p) => p.column === column);
  const cols: ColumnsType<PreviewRow> = [
    { title: t('integration.preview.row'), dataIndex: 'rowNumber', key: 'row', width: 64, fixed: 'left' },
    {
      title: t('integration.preview.status'),
      key: 'status',
      width: 120,
      fixed: 'left',
      render: (_: unknown, r) =>
        r.problems.length === 0 ? (
          <Tag icon={<CheckCircleOutlined />} color="success">{t('integration.preview.ok')}</Tag>
        ) : (
          <Tooltip title={r.problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join('\n')}>
            <Tag icon={<WarningOutlined />} color="error" data-testid="preview-problem">
              {t('integration.preview.problems', { count: r.problems.length })}
            </Tag>
          </Tooltip>
        ),
    },
    ...preview.header.map((h, i) => ({
      title: (
        <span>
          {h}
          {preview.mapping.columns[h] && (
            <Typography.Text type="secondary" style={{ display: 'block', fontWeight: 'normal', fontSize: 12 }}>
              → {preview.mapping.columns[h]!.startsWith('attr.') ? preview.mapping.columns[h] : t(`integration.fields.${preview.mapping.columns[h]}`)}
            </Typography.Text>
          )}
        </span>
      ),
      key: `c${i}`,
      render: (_: unknown, r: PreviewRow) => {
        const problems = problemsOf(r, h);
        const cell = r.cells[i] ?? '';
        if (problems.length === 0) return cell;
        return (
          <Tooltip title={problems.map((p) => p.message).join('\n')}>
            <span className="import-cell-error" data-testid="cell-error" style={{ color: '#cf1322', background: '#fff1f0', padding: '0 4px', borderRadius: 4 }}>
              {cell || '∅'}
            </span>
          </Tooltip>
        );
      },
    })),
  ];
  const ok = preview.rows.filter((r) => r.problems.length === 0).length;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('integration.preview.summary', { ok, total: preview.rows.length })}</Typography.Paragraph>
      <Table<PreviewRow>
        size="small"
        rowKey="rowNumber"
        columns={cols}
        dataSource={preview.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.problems.length ? 'import-row-error' : '')}
        aria-label={t('integration.preview.title')}
      />
    </>
  );
}
