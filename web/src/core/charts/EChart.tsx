import { useEffect, useRef, useState } from 'react';
import { Skeleton } from 'antd';
import type { ECharts, EChartsOption } from 'echarts';
import { useI18n } from '../i18n/I18nProvider';


/**
 * An ECharts chart. echarts is imported on first use, so it is its own chunk and only pages with charts pay for it.
 * The chart follows the UI language (ECharts' built-in ZH/EN texts), resizes with its container and is described by
 * `ariaLabel` (ECharts also generates a spoken description of the data with `aria.enabled`).
 */
export function EChart({ option, ariaLabel, height = 320, onClick }: {
  option: EChartsOption;
  ariaLabel: string;
  height?: number;
  onClick?: (params: { name: string; seriesName?: string; dataIndex: number; value: unknown }) => void;
}) {
  const { lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);

  useEffect(() => {
    let disposed = false;
    let instance: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    void import('echarts').then((echarts) => {
      if (disposed || !el.current) return;
      instance = echarts.init(el.current, undefined, { locale: lang === 'zh-CN' ? 'ZH' : 'EN', renderer: 'canvas' });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(el.current);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
      setChart(null);
    };
  }, [lang]);

  useEffect(() => {
    chart?.setOption({ aria: { enabled: true }, ...option }, true);
  }, [chart, option]);

  useEffect(() => {
    if (!chart || !onClick) return;
    chart.on('click', onClick as never);
    return () => {
      chart.off('click');
    };
  }, [chart, onClick]);

  return (
    <div role="img" aria-label={ariaLabel} style={{ position: 'relative', height }}>
      <div ref={el} style={{ position: 'absolute', inset: 0 }} />
      {!chart && <Skeleton active paragraph={{ rows: 5 }} />}
    </div>
  );
}
