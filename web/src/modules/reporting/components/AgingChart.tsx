import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../core/charts/EChart';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import type { AgingRow } from '../api';
import { bucketLabel } from '../labels';

const COLORS = ['#52c41a', '#faad14', '#fa8c16', '#f5222d', '#cf1322', '#820014'];

/** Totals per bucket as bars, one series per currency; a click on a bar opens that bucket's items. */
export function AgingChart({ labels, totals, onBucket, height = 260 }: {
  labels: string[];
  totals: AgingRow[];
  onBucket?: (bucket: number) => void;
  height?: number;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  const names = labels.map((l) => bucketLabel(l, t));
  const option = useMemo<EChartsOption>(() => ({
    tooltip: { trigger: 'axis', valueFormatter: (v) => fmt.number(Number(v), 2) },
    legend: totals.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: totals.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value' },
    series: totals.map((tot) => ({
      name: tot.currency,
      type: 'bar',
      // a chart needs numbers; the amounts themselves stay exact strings everywhere else
      data: tot.buckets.map((b, k) => ({ value: Number(b.amount), itemStyle: totals.length === 1 ? { color: COLORS[Math.min(k, COLORS.length - 1)] } : undefined })),
    })),
  }), [names, totals, fmt]);
  const description = t('reporting.aging.chartLabel', {
    values: totals.map((tot) => tot.buckets.map((b, k) => `${names[k]} ${fmt.money(b)}`).join(', ')).join('; '),
  });
  return <EChart option={option} ariaLabel={description} height={height} onClick={onBucket ? (p) => onBucket(p.dataIndex) : undefined} />;
}
