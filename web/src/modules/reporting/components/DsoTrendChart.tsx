import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../core/charts/EChart';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import type { KpiMonth } from '../api';
import { ratioNumber } from '../labels';

/** DSO by month, countback and standard, as lines. */
export function DsoTrendChart({ months, onMonth, height = 280 }: { months: KpiMonth[]; onMonth?: (month: string) => void; height?: number }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const option = useMemo<EChartsOption>(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', min: 0 },
    series: [
      { name: t('reporting.dashboard.chartDso'), type: 'line', smooth: true, data: months.map((m) => ratioNumber(m.dsoCountback)) },
      { name: t('reporting.dashboard.chartDsoStandard'), type: 'line', smooth: true, lineStyle: { type: 'dashed' }, data: months.map((m) => ratioNumber(m.dsoStandard)) },
    ],
  }), [months, t]);
  const label = t('reporting.dashboard.trendLabel', {
    values: months.map((m) => `${m.month} ${m.dsoCountback === null ? '—' : fmt.number(m.dsoCountback, 1)}`).join(', '),
  });
  return <EChart option={option} ariaLabel={label} height={height} onClick={onMonth ? (p) => onMonth(months[p.dataIndex]?.month ?? '') : undefined} />;
}
