import type { ReactNode } from 'react';
import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Dashboard } from '../api';
import { ratioNumber } from '../labels';

/** A figure card that is also a button to its detail. */
function Figure({ title, value, footer, onClick, testId }: { title: string; value: ReactNode; footer?: ReactNode; onClick: () => void; testId: string }) {
  return (
    <Card hoverable onClick={onClick} role="button" tabIndex={0} data-testid={testId}
      onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onClick(); } }} style={{ height: '100%' }}>
      <Statistic title={title} value={value as string} />
      {footer && <div style={{ marginTop: 8 }}>{footer}</div>}
    </Card>
  );
}

/** The headline figures: open AR, overdue, DSO, collections against the target. */
export function DashboardFigures({ d, onOpen }: { d: Dashboard; onOpen: (path: string, extra?: Record<string, string>) => void }) {
  const t = useT();
  const fmt = useFormat();
  const now = d.trend[d.trend.length - 1];
  const overdueRatio = ratioNumber(d.overdueRatio);
  const collectedRatio = ratioNumber(d.collections.ratio);
  const days = (v: string | null | undefined) => (v === null || v === undefined ? '—' : t('reporting.dashboard.days', { days: fmt.number(v, 1) }));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <Figure testId="figure-receivables" title={t('reporting.dashboard.receivables')} value={fmt.money(d.receivables)} onClick={() => onOpen('/reports/aging', { convert: 'true' })}
          footer={<Typography.Text type="secondary">{t('reporting.dashboard.openDebit', { amount: fmt.money(d.openDebit) })} · {t('reporting.dashboard.unapplied', { amount: fmt.money(d.unappliedCredit) })}</Typography.Text>} />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Figure testId="figure-overdue" title={t('reporting.dashboard.overdue')} value={fmt.money(d.overdue)} onClick={() => onOpen('/reports/aging', { convert: 'true', sort: '-overdue' })}
          footer={overdueRatio !== null && <Progress percent={Math.round(overdueRatio * 1000) / 10} size="small" status="exception" format={() => t('reporting.dashboard.overdueShare', { percent: fmt.percent(overdueRatio) })} />} />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Figure testId="figure-dso" title={t('reporting.dashboard.dso')} value={days(now?.dsoCountback)} onClick={() => onOpen('/reports/kpis')}
          footer={<Typography.Text type="secondary">{t('reporting.dashboard.dsoStandard', { days: now?.dsoStandard ? fmt.number(now.dsoStandard, 1) : '—' })} · {t('reporting.dashboard.cei')} {now?.cei ? `${fmt.number(now.cei, 1)}%` : '—'}</Typography.Text>} />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Figure testId="figure-collections" title={t('reporting.dashboard.collections')} value={fmt.money(d.collections.collected)} onClick={() => onOpen('/reports/kpis')}
          footer={d.collections.target
            ? <Progress percent={Math.round((collectedRatio ?? 0) * 1000) / 10} size="small" format={() => t('reporting.dashboard.target', { amount: fmt.money(d.collections.target) })} />
            : <Typography.Text type="secondary">{t('reporting.dashboard.noTarget')}</Typography.Text>} />
      </Col>
    </Row>
  );
}
