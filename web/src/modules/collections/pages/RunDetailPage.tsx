import { useCallback } from 'react';
import { Alert, Card, Descriptions, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi } from '../api';
import { DecisionTable } from '../components/DecisionTable';
import { Outcomes } from './RunsPage';

/** One run: what it was, its counts, and every decision with its reason, items and message. */
export default function RunDetailPage() {
  const t = useT();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const run = useLoad(useCallback((s: AbortSignal) => collectionsApi.getRun(id, s), [id]));
  if (run.error && !run.data) return <LoadError error={run.error} onRetry={run.reload} />;
  if (!run.data) return <PageLoading />;
  const r = run.data;
  return (
    <>
      <PageHeader title={t('collections.runs.detailTitle', { date: fmt.date(r.asOf) })}
        description={r.dryRun ? t('collections.runs.dryDescription') : t('collections.runs.realDescription')}
        extra={<Link to="/collections/runs">{t('collections.runs.backToList')}</Link>} />
      {r.error && <Alert type="error" showIcon title={r.error} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={[
          { key: 'kind', label: t('collections.runs.kind'), children: <>{t(`collections.runs.kinds.${r.kind}`)}{r.dryRun && <Tag color="orange" style={{ marginInlineStart: 4 }}>{t('collections.runs.dry')}</Tag>}</> },
          { key: 'status', label: t('collections.runs.status'), children: t(`collections.runs.statuses.${r.status}`) },
          { key: 'customers', label: t('collections.runs.customers'), children: fmt.number(r.customers) },
          { key: 'started', label: t('collections.runs.startedAt'), children: `${fmt.dateTime(r.startedAt)} · ${r.startedBy ?? ''}` },
          { key: 'finished', label: t('collections.runs.finishedAt'), children: fmt.dateTime(r.finishedAt) },
          { key: 'outcomes', label: t('collections.runs.outcomes'), children: <Outcomes run={r} /> },
        ]} />
      </Card>
      <Card title={t('collections.decisions.title')}>
        <DecisionTable runId={r.id} />
      </Card>
    </>
  );
}
