import { useCallback, useState } from 'react';
import { App, Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { describeError } from '../../../core/api/describeError';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { todayIso } from '../../../core/format/dates';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { OUTCOMES, collectionsApi, type Run } from '../api';
import { DecisionTable, OUTCOME_COLORS } from '../components/DecisionTable';

/** Dry-run preview for a date (exactly what would go to whom), a real run, and the history of runs. */
export default function RunsPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const canRun = allows(Access.COLLECT, user?.roles ?? []);
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs(todayIso()));
  const [running, setRunning] = useState<'dry' | 'real' | null>(null);
  const [lastDry, setLastDry] = useState<Run | null>(null);
  const [page, setPage] = useState(0);
  const history = useLoad(useCallback((s: AbortSignal) => collectionsApi.runs({ page, size: 20 }, s), [page]));

  const run = async (dryRun: boolean) => {
    setRunning(dryRun ? 'dry' : 'real');
    try {
      const r = await collectionsApi.run({ asOf: asOf.format('YYYY-MM-DD'), dryRun });
      if (dryRun) setLastDry(r);
      else message.success(t('collections.runs.done', { count: r.customers }));
      history.reload();
    } catch (e) {
      const d = describeError(e, t);
      message.error(d.detail || d.title);
    } finally {
      setRunning(null);
    }
  };
  const confirmReal = () => modal.confirm({
    title: t('collections.runs.confirmTitle', { date: asOf.format('YYYY-MM-DD') }), content: t('collections.runs.confirmText'),
    okText: t('collections.runs.runNow'), cancelText: t('core.actions.cancel'), onOk: () => run(false),
  });

  return (
    <>
      <PageHeader title={t('collections.runs.title')} description={t('collections.runs.description')} />
      {canRun && (
        <Card style={{ marginBottom: 16 }}>
          <Space wrap align="center">
            <label htmlFor="run-as-of">{t('collections.runs.asOf')}</label>
            <DatePicker id="run-as-of" value={asOf} allowClear={false} format="YYYY-MM-DD" onChange={(d) => d && setAsOf(d)} />
            <Button type="primary" loading={running === 'dry'} disabled={running !== null} onClick={() => void run(true)}>{t('collections.runs.preview')}</Button>
            <Button danger loading={running === 'real'} disabled={running !== null} onClick={confirmReal}>{t('collections.runs.runNow')}</Button>
          </Space>
          {lastDry && (
            <div style={{ marginTop: 16 }} data-testid="dry-run-result">
              <Typography.Title level={2} style={{ fontSize: 16 }}>
                {t('collections.runs.previewOf', { date: lastDry.asOf, customers: lastDry.customers })}
              </Typography.Title>
              <Outcomes run={lastDry} />
              <DecisionTable runId={lastDry.id} key={lastDry.id} />
            </div>
          )}
        </Card>
      )}
      <Card title={t('collections.runs.history')}>
        {history.error ? <LoadError error={history.error} onRetry={history.reload} compact /> : null}
        <RunHistory runs={history.data?.items ?? []} total={history.data?.total ?? 0} page={page} loading={history.loading} onPage={setPage} />
      </Card>
    </>
  );
}

export function Outcomes({ run }: { run: Run }) {
  const t = useT();
  return (
    <Space wrap size={4} style={{ marginBottom: 8 }}>
      {OUTCOMES.filter((o) => (run.outcomes[o] ?? 0) > 0).map((o) => (
        <Tag key={o} color={OUTCOME_COLORS[o]}>{t(`collections.outcome.${o}`)}: {run.outcomes[o]}</Tag>
      ))}
    </Space>
  );
}

function RunHistory({ runs, total, page, loading, onPage }: { runs: Run[]; total: number; page: number; loading: boolean; onPage: (p: number) => void }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Table<Run> rowKey="id" size="small" aria-label={t('collections.runs.history')} loading={loading} dataSource={runs} data-testid="run-history"
      scroll={{ x: 'max-content' }} pagination={{ current: page + 1, pageSize: 20, total, onChange: (p) => onPage(p - 1) }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('collections.runs.empty')}</Typography.Text> }}
      columns={[
        { title: t('collections.runs.asOf'), key: 'asOf', render: (_: unknown, r) => <Link to={`/collections/runs/${r.id}`}>{fmt.date(r.asOf)}</Link> },
        { title: t('collections.runs.kind'), key: 'kind', render: (_: unknown, r) => (
          <Space size={4}><Tag>{t(`collections.runs.kinds.${r.kind}`)}</Tag>{r.dryRun && <Tag color="orange">{t('collections.runs.dry')}</Tag>}</Space>) },
        { title: t('collections.runs.status'), dataIndex: 'status', key: 'status', render: (s: Run['status']) => (
          <Tag color={s === 'COMPLETED' ? 'green' : s === 'RUNNING' ? 'blue' : 'red'}>{t(`collections.runs.statuses.${s}`)}</Tag>) },
        { title: t('collections.runs.customers'), dataIndex: 'customers', key: 'customers', align: 'right' },
        { title: t('collections.runs.outcomes'), key: 'outcomes', render: (_: unknown, r) => <Outcomes run={r} /> },
        { title: t('collections.runs.startedAt'), key: 'startedAt', render: (_: unknown, r) => `${fmt.dateTime(r.startedAt)} · ${r.startedBy ?? ''}` },
      ]} />
  );
}
