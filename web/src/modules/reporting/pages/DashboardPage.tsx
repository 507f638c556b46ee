import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { reportingApi, type Dashboard } from '../api';
import { AgingChart } from '../components/AgingChart';
import { CompanySelect, useCompanies } from '../components/CompanySelect';
import { DashboardFigures } from '../components/DashboardFigures';
import { DsoTrendChart } from '../components/DsoTrendChart';
import { TopOverdue } from '../components/TopOverdue';
import { localName } from '../labels';

/** The dashboard: every figure from one call, each opening the report behind it. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const { companies, error: companiesError } = useCompanies();
  const companyId = search.get('companyId') ?? companies?.[0]?.id;
  const [state, setState] = useState<{ key: string; data?: Dashboard; error?: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = `${companyId}#${attempt}`;

  useEffect(() => {
    if (!companyId) return;
    const controller = new AbortController();
    reportingApi.dashboard(companyId, controller.signal)
      .then((data) => setState({ key, data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ key, error });
      });
    return () => controller.abort();
  }, [companyId, key]);

  const to = useCallback((path: string, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams({ ...(companyId ? { companyId } : {}), ...extra });
    navigate(`${path}?${q.toString()}`);
  }, [navigate, companyId]);

  const current = state?.key === key ? state : null;
  const d = current?.data;
  const header = (
    <PageHeader
      title={t('reporting.dashboard.title')}
      description={d ? t('reporting.dashboard.asOf', { date: fmt.date(d.asOf), company: localName(lang, d.companyName, d.companyNameEn), currency: d.currency }) : t('reporting.dashboard.description')}
      extra={companies && companies.length > 1 && (
        <CompanySelect companies={companies} value={companyId} onChange={(id) => setSearch(id ? { companyId: id } : {})} />
      )}
    />
  );
  if (companies && companies.length === 0) {
    return <>{header}<Card><Empty description={companiesError ? describeError(companiesError, t).title : t('reporting.noCompany')} /></Card></>;
  }
  if (current?.error) {
    const e = describeError(current.error, t);
    return <>{header}<Alert type="error" showIcon role="alert" title={e.title} description={e.detail} action={<Button onClick={() => setAttempt((a) => a + 1)}>{t('core.actions.retry')}</Button>} /></>;
  }
  if (!d) {
    return <>{header}<Card aria-busy="true"><Skeleton active paragraph={{ rows: 8 }} /></Card></>;
  }
  return (
    <>
      {header}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <DashboardFigures d={d} onOpen={to} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={<h2 className="card-title">{t('reporting.dashboard.trend')}</h2>} extra={<Button type="link" onClick={() => to('/reports/kpis')}>{t('reporting.dashboard.open')}</Button>}>
              <DsoTrendChart months={d.trend} onMonth={() => to('/reports/kpis')} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={<h2 className="card-title">{t('reporting.dashboard.agingChart')}</h2>} extra={<Button type="link" onClick={() => to('/reports/aging')}>{t('reporting.dashboard.open')}</Button>}>
              <AgingChart labels={d.agingLabels} totals={[{ key: 'total', code: null, nameZh: null, nameEn: null, currency: d.currency, buckets: d.aging, total: d.receivables, openDebit: d.openDebit, unappliedCredit: d.unappliedCredit, overdue: d.overdue }]}
                onBucket={(k) => to('/reports/aging', { convert: 'true', drill: '1', bucket: String(k) })} height={280} />
            </Card>
          </Col>
        </Row>
        <Card title={<h2 className="card-title">{t('reporting.dashboard.topOverdue')}</h2>} extra={<Button type="link" onClick={() => to('/reports/aging', { sort: '-overdue', convert: 'true' })}>{t('reporting.dashboard.open')}</Button>}>
          {d.topOverdue.length === 0 ? <Typography.Text type="secondary">{t('reporting.dashboard.noOverdue')}</Typography.Text>
            : <TopOverdue rows={d.topOverdue} onOpen={(c, name) => to('/reports/aging', { convert: 'true', drill: '1', group: c, gname: name })} />}
        </Card>
      </Space>
    </>
  );
}
