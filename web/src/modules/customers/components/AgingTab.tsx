import { useCallback, useMemo, useState } from 'react';
import { Card, DatePicker, Empty, Form, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../core/charts/EChart';
import { LoadError } from '../../../core/components/LoadError';
import { useLoad } from '../../../core/hooks/useLoad';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { customersApi, type Aging } from '../api';
import { chartValue } from '../chart';

const COLORS = ['#52c41a', '#faad14', '#fa8c16', '#fa541c', '#f5222d', '#a8071a', '#5c0011'];

/** The customer's aging as of a date (GET /ledger/customers/{id}/aging), a bar per bucket and currency. */
export function AgingTab({ customerId }: { customerId: string }) {
  const t = useT();
  const fmt = useFormat();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [basis, setBasis] = useState<'DUE_DATE' | 'DOCUMENT_DATE'>('DUE_DATE');
  const load = useCallback(
    (signal: AbortSignal) => customersApi.aging(customerId, { asOf: asOf?.format('YYYY-MM-DD'), basis }, signal),
    [customerId, asOf, basis],
  );
  const { data, error, loading, reload } = useLoad<Aging>(load);
  const bucketLabel = useCallback((b: string) => (b === 'current' ? t('customers.aging.current') : t('customers.aging.days', { range: b })), [t]);

  const option = useMemo<EChartsOption | null>(() => {
    if (!data || data.rows.length === 0) return null;
    const labels = data.buckets.map(bucketLabel);
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const ps = params as { dataIndex: number; seriesIndex: number; marker: string }[];
          const i = ps[0]?.dataIndex ?? 0;
          return [`<b>${labels[i]}</b>`, ...ps.map((p) => `${p.marker}${fmt.money(data.rows[p.seriesIndex]!.amounts[i]!)}`)].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt.number(v) } },
      series: data.rows.map((r) => ({
        name: r.currency,
        type: 'bar',
        barMaxWidth: 48,
        data: r.amounts.map((m, i) => ({ value: chartValue(m), itemStyle: { color: COLORS[Math.min(i, COLORS.length - 1)] } })),
      })),
    };
  }, [data, fmt, bucketLabel]);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Form layout="inline" aria-label={t('customers.aging.settings')}>
        <Form.Item label={t('customers.aging.asOf')}>
          <DatePicker value={asOf} onChange={setAsOf} allowClear placeholder={t('customers.aging.today')} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label={t('customers.aging.basis')}>
          <Select<'DUE_DATE' | 'DOCUMENT_DATE'>
            value={basis}
            onChange={setBasis}
            style={{ minWidth: 160 }}
            options={[{ value: 'DUE_DATE', label: t('customers.aging.byDue') }, { value: 'DOCUMENT_DATE', label: t('customers.aging.byDocument') }]}
          />
        </Form.Item>
      </Form>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data && loading ? (
        <Card loading />
      ) : data && data.rows.length === 0 ? (
        <Empty description={t('customers.aging.empty', { date: fmt.date(data.asOf) })} />
      ) : data && option ? (
        <>
          <EChart option={option} height={280} ariaLabel={t('customers.aging.chartLabel', { date: fmt.date(data.asOf) })} />
          <Table
            size="small"
            rowKey="currency"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={data.rows}
            aria-label={t('customers.aging.tableLabel')}
            columns={[
              { title: t('customers.aging.currency'), dataIndex: 'currency', key: 'currency' },
              ...data.buckets.map((b, i) => ({
                title: bucketLabel(b),
                key: b,
                align: 'right' as const,
                render: (_: unknown, r: Aging['rows'][number]) => <span className="num">{fmt.money(r.amounts[i]!)}</span>,
              })),
              { title: t('customers.aging.total'), key: 'total', align: 'right' as const, render: (_: unknown, r: Aging['rows'][number]) => <Typography.Text strong className="num">{fmt.money(r.total)}</Typography.Text> },
            ]}
          />
          <Typography.Text type="secondary">{t('customers.aging.note')}</Typography.Text>
        </>
      ) : null}
    </Space>
  );
}
