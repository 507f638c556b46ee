import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Collapse, Segmented, Skeleton, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { reportingApi, type CollectionTarget, type KpiMonth } from '../api';
import { CompanySelect, useCompanies } from '../components/CompanySelect';
import { DsoTrendChart } from '../components/DsoTrendChart';
import { TargetEditor } from '../components/TargetEditor';
import { ratioNumber } from '../labels';

interface Loaded {
  key: string;
  months?: KpiMonth[];
  currency?: string;
  targets?: CollectionTarget[];
  error?: unknown;
}

/** Monthly KPIs with their definitions, the DSO chart, and the collections targets a controller sets. */
export default function KpiPage() {
  const t = useT();
  const fmt = useFormat();
  const { user } = useAuth();
  const [search, setSearch] = useSearchParams();
  const { companies } = useCompanies();
  const companyId = search.get('companyId') ?? companies?.[0]?.id;
  const months = Number(search.get('months') ?? '12');
  const [reload, setReload] = useState(0);
  const [state, setState] = useState<Loaded | null>(null);
  const key = `${companyId}#${months}#${reload}`;
  const canSetTargets = allows(Access.CONTROL, user?.roles ?? []);
  const canReadTargets = allows(Access.READ_ALL, user?.roles ?? []);

  useEffect(() => {
    if (!companyId) return;
    const controller = new AbortController();
    const load = async () => {
      const trend = await reportingApi.kpis(companyId, months, controller.signal);
      const first = trend.months[0]?.month ?? '';
      const last = trend.months[trend.months.length - 1]?.month ?? '';
      const targets = canReadTargets ? await reportingApi.targets(companyId, first, last, controller.signal) : [];
      setState({ key, months: trend.months, currency: trend.currency, targets });
    };
    load().catch((error: unknown) => {
      if (!controller.signal.aborted) setState({ key, error });
    });
    return () => controller.abort();
  }, [companyId, months, key, canReadTargets]);

  const current = state?.key === key ? state : null;
  const targetOf = useMemo(() => new Map((current?.targets ?? []).map((x) => [x.month, x.amount])), [current]);
  const pct = (v: string | null) => (ratioNumber(v) === null ? '—' : fmt.percent(ratioNumber(v)!));
  const days = (v: string | null) => (v === null ? '—' : fmt.number(v, 1));
  const setParam = (k: string, v: string) => setSearch((prev) => { const n = new URLSearchParams(prev); n.set(k, v); return n; });

  return (
    <>
      <PageHeader title={t('reporting.kpis.title')} description={t('reporting.kpis.description')} extra={(
        <Space wrap>
          {companies && companies.length > 1 && <CompanySelect companies={companies} value={companyId} onChange={(id) => id && setParam('companyId', id)} />}
          <Segmented aria-label={t('reporting.kpis.months')} value={months} onChange={(v) => setParam('months', String(v))} options={[12, 24, 36]} />
          {canSetTargets && companyId && current?.currency && (
            <TargetEditor companyId={companyId} currency={current.currency} targets={current.targets ?? []} onChanged={() => setReload((r) => r + 1)} />
          )}
        </Space>
      )} />
      {current?.error ? (
        <Alert type="error" showIcon role="alert" title={describeError(current.error, t).title} description={describeError(current.error, t).detail}
          action={<Button onClick={() => setReload((r) => r + 1)}>{t('core.actions.retry')}</Button>} />
      ) : !current?.months ? (
        <Card aria-busy="true"><Skeleton active paragraph={{ rows: 8 }} /></Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card><DsoTrendChart months={current.months} /></Card>
          <Card>
            <Table<KpiMonth> size="small" rowKey="month" pagination={false} scroll={{ x: 'max-content' }} aria-label={t('reporting.kpis.table')}
              dataSource={[...current.months].reverse()}
              columns={[
                { title: t('reporting.kpis.month'), dataIndex: 'month', key: 'month', fixed: 'left' },
                { title: t('reporting.kpis.receivables'), key: 'r', align: 'right', render: (_, m) => fmt.money(m.receivables) },
                { title: t('reporting.kpis.overdue'), key: 'o', align: 'right', render: (_, m) => fmt.money(m.overdue) },
                { title: t('reporting.kpis.overdueRatio'), key: 'or', align: 'right', render: (_, m) => pct(m.overdueRatio) },
                { title: t('reporting.kpis.sales'), key: 's', align: 'right', render: (_, m) => fmt.money(m.sales) },
                { title: t('reporting.kpis.collected'), key: 'c', align: 'right', render: (_, m) => fmt.money(m.collected) },
                ...(canReadTargets ? [{ title: t('reporting.kpis.target'), key: 't', align: 'right' as const, render: (_: unknown, m: KpiMonth) => fmt.money(targetOf.get(m.month)) || '—' }] : []),
                { title: t('reporting.kpis.dsoStandard'), key: 'ds', align: 'right', render: (_, m) => days(m.dsoStandard) },
                { title: t('reporting.kpis.dsoCountback'), key: 'dc', align: 'right', render: (_, m) => days(m.dsoCountback) },
                { title: t('reporting.kpis.cei'), key: 'cei', align: 'right', render: (_, m) => (m.cei === null ? '—' : `${fmt.number(m.cei, 1)}%`) },
              ]}
            />
          </Card>
          <Collapse items={[{ key: 'defs', label: t('reporting.kpis.definitions'), children: (
            <Space orientation="vertical">
              <Typography.Paragraph>{t('reporting.kpis.defReceivables')}</Typography.Paragraph>
              <Typography.Paragraph>{t('reporting.kpis.defDso')}</Typography.Paragraph>
              <Typography.Paragraph>{t('reporting.kpis.defCei')}</Typography.Paragraph>
            </Space>
          ) }]} />
        </Space>
      )}
    </>
  );
}
