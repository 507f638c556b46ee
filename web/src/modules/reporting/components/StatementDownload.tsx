import { useState } from 'react';
import { App, Button, DatePicker, Form, Popover, Radio, Space } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { describeError } from '../../../core/api/describeError';
import { todayIso } from '../../../core/format/dates';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { reportingApi, saveFile } from '../api';

interface Values {
  period: [Dayjs, Dayjs];
  lang: 'zh-CN' | 'en';
}

/**
 * A customer's statement of account as a PDF: choose the period (default: from the first day of last month to today)
 * and the language (default: the contact's, else the UI's). Place it on any page about one customer:
 * `<StatementDownload customerId={id} language={primaryContact?.language} />`.
 */
export function StatementDownload({ customerId, language }: { customerId: string; language?: string | null }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const today = dayjs(todayIso());
  const initial: Values = {
    period: [today.startOf('month').subtract(1, 'month'), today],
    lang: (language === 'zh-CN' || language === 'en' ? language : lang) as Values['lang'],
  };
  const download = async (v: Values) => {
    setBusy(true);
    try {
      const from = v.period[0].format('YYYY-MM-DD');
      const to = v.period[1].format('YYYY-MM-DD');
      saveFile(await reportingApi.statementPdf(customerId, from, to, v.lang), `statement-${from}-${to}.pdf`);
      setOpen(false);
    } catch (e) {
      const d = describeError(e, t);
      void message.error(`${d.title}: ${d.detail}`);
    } finally {
      setBusy(false);
    }
  };
  const content = (
    <Form<Values> layout="vertical" initialValues={initial} onFinish={(v) => void download(v)} style={{ width: 300 }}>
      <Form.Item name="period" label={t('reporting.statement.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="lang" label={t('reporting.statement.language')}>
        <Radio.Group options={[{ value: 'zh-CN', label: t('reporting.statement.zh') }, { value: 'en', label: t('reporting.statement.en') }]} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" icon={<FilePdfOutlined />} loading={busy}>{t('reporting.statement.submit')}</Button>
      </Space>
    </Form>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title={t('reporting.statement.title')} content={content} destroyOnHidden>
      <Button icon={<FilePdfOutlined />}>{t('reporting.statement.download')}</Button>
    </Popover>
  );
}
