import { Table } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import type { Dashboard } from '../api';
import { localName } from '../labels';

type Top = Dashboard['topOverdue'][number];

/** The customers with the most overdue, each row opening its items in the aging report. */
export function TopOverdue({ rows, onOpen }: { rows: Top[]; onOpen: (customerId: string, name: string) => void }) {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  return (
    <Table<Top>
      size="small"
      rowKey="customerId"
      pagination={false}
      dataSource={rows}
      aria-label={t('reporting.dashboard.topOverdue')}
      onRow={(r) => ({
        onClick: () => onOpen(r.customerId, localName(lang, r.nameZh, r.nameEn)),
        onKeyDown: (e) => { if (e.key === 'Enter') onOpen(r.customerId, localName(lang, r.nameZh, r.nameEn)); },
        tabIndex: 0,
        style: { cursor: 'pointer' },
      })}
      columns={[
        { title: t('reporting.aging.code'), dataIndex: 'code', key: 'code', width: 140 },
        { title: t('reporting.aging.name'), key: 'name', render: (_, r) => localName(lang, r.nameZh, r.nameEn) },
        { title: t('reporting.aging.overdue'), key: 'overdue', align: 'right', render: (_, r) => <strong>{fmt.money(r.overdue)}</strong> },
        { title: t('reporting.aging.total'), key: 'total', align: 'right', render: (_, r) => fmt.money(r.total) },
      ]}
    />
  );
}
