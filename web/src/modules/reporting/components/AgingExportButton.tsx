import { useState } from 'react';
import { App, Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { reportingApi, saveFile, type AgingParams } from '../api';

type Choice = 'xlsx' | 'csv' | 'items-xlsx' | 'items-csv';

/** Export of the report as it is set: grouped rows or every item, Excel or CSV, headers in the UI language. */
export function AgingExportButton({ params }: { params: AgingParams }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (choice: Choice) => {
    const format = choice.endsWith('csv') ? 'csv' : 'xlsx';
    const level = choice.startsWith('items') ? 'items' : 'groups';
    setBusy(true);
    const hide = message.loading(t('reporting.aging.exporting'), 0);
    try {
      saveFile(await reportingApi.agingExport(params, format, level, lang), `aging.${format}`);
    } catch (e) {
      const d = describeError(e, t);
      void message.error(`${d.title}: ${d.detail}`);
    } finally {
      hide();
      setBusy(false);
    }
  };
  const items: { key: Choice; label: string }[] = [
    { key: 'xlsx', label: t('reporting.aging.exportXlsx') },
    { key: 'csv', label: t('reporting.aging.exportCsv') },
    { key: 'items-xlsx', label: t('reporting.aging.exportItemsXlsx') },
    { key: 'items-csv', label: t('reporting.aging.exportItemsCsv') },
  ];
  return (
    <Dropdown menu={{ items, onClick: ({ key }) => void run(key as Choice) }} trigger={['click']}>
      <Button icon={<DownloadOutlined />} loading={busy}>{t('reporting.aging.export')}</Button>
    </Dropdown>
  );
}
