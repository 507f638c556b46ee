import { useCallback, useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../core/charts/EChart';
import { LoadError } from '../../../core/components/LoadError';
import { todayIso } from '../../../core/format/dates';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { customersApi, type PaidInvoice, type PaymentHistory } from '../api';
import { chartDays } from '../chart';

type Period = '12' | '24' | '60';

/** "12 months before today" as an ISO date, from calendar fields (no time zone can move it). */
function monthsBack(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** ECharts reads "2026-02-20" as local midnight: its ticks are local times, so read them back in local fields. */
function localIso(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Days to pay of the customer's settled invoices over time (GET /ledger/customers/{id}/payment-history). */
export function PaymentHistoryTab({ customerId, timeZone }: { customerId: string; timeZone?: string }) {
  const t = useT();
  const fmt = useFormat();
  const [period, setPeriod] = useState<Period>('12');
  const today = todayIso(timeZone);
  const load = useCallback(
    (signal: AbortSignal) => customersApi.paymentHistory(customerId, { from: monthsBack(today, Number(period)), to: today }, signal),
    [customerId, period, today],
  );
  const { data, error, loading, reload } = useLoad<PaymentHistory>(load);

  const option = useMemo<EChartsOption | null>(() => {
    if (!data || data.invoices.length === 0) return null;
    const byDay = (inv: PaidInvoice) => [inv.settledOn, inv.daysToPay, inv.daysLate, inv.documentNumber] as const;
    const onTime = data.invoices.filter((i) => i.daysLate <= 0).map(byDay);
    const late = data.invoices.filter((i) => i.daysLate > 0).map(byDay);
    const monthly = data.months.map((m) => [`${m.month}-15`, chartDays(m.averageDaysToPay)]);
    const tooltip = (p: { value: readonly (string | number)[]; seriesIndex: number; marker: string }) => {
      if (p.seriesIndex === 2) return `${p.marker}${t('customers.history.monthlyAverage')}: ${t('customers.history.daysValue', { days: fmt.number(Number(p.value[1]), 1) })}`;
      const [date, days, lateDays, number] = p.value;
      return [
        `<b>${number}</b>`,
        `${t('customers.history.settledOn')}: ${fmt.date(String(date))}`,
        `${t('customers.history.daysToPay')}: ${t('customers.history.daysValue', { days: String(days) })}`,
        `${t('customers.history.daysLate')}: ${Number(lateDays) > 0 ? t('customers.history.daysValue', { days: String(lateDays) }) : t('customers.history.onTime')}`,
      ].join('<br/>');
    };
    return {
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: tooltip as never },
      xAxis: { type: 'time', axisLabel: { formatter: (v: number) => fmt.date(localIso(v)), hideOverlap: true } },
      yAxis: { type: 'value', name: t('customers.history.axisDays'), minInterval: 1, nameTextStyle: { align: 'left' } },
      series: [
        { name: t('customers.history.paidOnTime'), type: 'scatter', symbolSize: 9, itemStyle: { color: '#52c41a' }, data: onTime as never },
        { name: t('customers.history.paidLate'), type: 'scatter', symbolSize: 9, itemStyle: { color: '#fa541c' }, data: late as never },
        { name: t('customers.history.monthlyAverage'), type: 'line', symbol: 'circle', lineStyle: { width: 2, color: '#1677ff' }, itemStyle: { color: '#1677ff' }, data: monthly as never },
      ],
    };
  }, [data, fmt, t]);

  const total = data?.total;
  const onTimeShare = total && total.invoices > 0 ? (total.invoices - total.paidLate) / total.invoices : null;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Segmented<Period>
        value={period}
        onChange={setPeriod}
        aria-label={t('customers.history.period')}
        options={[
          { value: '12', label: t('customers.history.months', { count: 12 }) },
          { value: '24', label: t('customers.history.months', { count: 24 }) },
          { value: '60', label: t('customers.history.months', { count: 60 }) },
        ]}
      />
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data && loading ? (
        <Card loading />
      ) : data && total ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} lg={6}><Card size="small"><Statistic title={t('customers.history.invoicesPaid')} value={fmt.number(total.invoices)} /></Card></Col>
            <Col xs={12} lg={6}><Card size="small"><Statistic title={t('customers.history.avgDaysToPay')} value={total.averageDaysToPay ? fmt.number(total.averageDaysToPay, 1) : '—'} suffix={total.averageDaysToPay ? t('customers.history.daysUnit') : undefined} /></Card></Col>
            <Col xs={12} lg={6}>
              <Card size="small">
                {total.averageDaysLate?.startsWith('-') ? (
                  <Statistic title={t('customers.history.avgDaysEarly')} value={fmt.number(total.averageDaysLate.slice(1), 1)} suffix={t('customers.history.daysUnit')} styles={{ content: { color: '#389e0d' } }} />
                ) : (
                  <Statistic title={t('customers.history.avgDaysLate')} value={total.averageDaysLate ? fmt.number(total.averageDaysLate, 1) : '—'} suffix={total.averageDaysLate ? t('customers.history.daysUnit') : undefined} />
                )}
              </Card>
            </Col>
            <Col xs={12} lg={6}><Card size="small"><Statistic title={t('customers.history.onTimeShare')} value={onTimeShare === null ? '—' : fmt.percent(onTimeShare, 0)} /></Card></Col>
          </Row>
          {option ? (
            <EChart option={option} height={320} ariaLabel={t('customers.history.chartLabel', { count: total.invoices, avg: total.averageDaysToPay ?? '—' })} />
          ) : (
            <Empty description={t('customers.history.empty')} />
          )}
          {data.invoices.length > 0 && (
            <Table<PaidInvoice>
              size="small"
              rowKey="itemId"
              aria-label={t('customers.history.tableLabel')}
              dataSource={data.invoices}
              pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('customers.items.number'), dataIndex: 'documentNumber', key: 'documentNumber', render: (v: string) => <span className="mono">{v}</span> },
                { title: t('customers.items.original'), dataIndex: 'amount', key: 'amount', align: 'right', render: (m) => <span className="num">{fmt.money(m)}</span> },
                { title: t('customers.items.documentDate'), dataIndex: 'documentDate', key: 'documentDate', render: (v: string) => fmt.date(v) },
                { title: t('customers.items.dueDate'), dataIndex: 'dueDate', key: 'dueDate', render: (v: string) => fmt.date(v) },
                { title: t('customers.history.settledOn'), dataIndex: 'settledOn', key: 'settledOn', render: (v: string) => fmt.date(v) },
                { title: t('customers.history.daysToPay'), dataIndex: 'daysToPay', key: 'daysToPay', align: 'right', render: (v: number) => fmt.number(v) },
                {
                  title: t('customers.history.daysLate'), dataIndex: 'daysLate', key: 'daysLate', align: 'right',
                  render: (v: number) => (v > 0 ? <Tag color={v > 30 ? 'red' : 'orange'}>{t('customers.history.lateBy', { count: v })}</Tag> : <Tag color="green">{v < 0 ? t('customers.history.earlyBy', { count: -v }) : t('customers.history.onTime')}</Tag>),
                },
              ]}
            />
          )}
          {data.truncated && <Typography.Text type="secondary">{t('customers.history.truncated', { shown: data.invoices.length, total: total.invoices })}</Typography.Text>}
        </>
      ) : null}
    </Space>
  );
}
