import { useCallback } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type Strategy } from '../api';

/** The dunning strategies (current versions) with their scope and steps at a glance. */
export default function StrategiesPage() {
  const t = useT();
  const fmt = useFormat();
  const list = useLoad(useCallback((s: AbortSignal) => collectionsApi.strategies(s), []));
  return (
    <>
      <PageHeader title={t('collections.strategies.title')} description={t('collections.strategies.description')} />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <Card>
        <Table<Strategy> rowKey="id" aria-label={t('collections.strategies.title')} loading={list.loading} dataSource={list.data ?? []}
          pagination={false} scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('collections.strategies.empty')}</Typography.Text> }}
          columns={[
            { title: t('collections.strategy.name'), key: 'name', render: (_: unknown, s) => <Link to={`/collections/strategies/${s.id}`}>{s.name ?? s.code}</Link> },
            { title: t('collections.strategies.code'), dataIndex: 'code', key: 'code', render: (v: string) => <span className="mono">{v}</span> },
            { title: t('collections.strategy.tier'), dataIndex: 'tier', key: 'tier', render: (v: string | null) => v ?? t('collections.strategy.anyTier') },
            { title: t('collections.strategy.priority'), dataIndex: 'priority', key: 'priority' },
            { title: t('collections.strategy.steps'), key: 'steps', render: (_: unknown, s) => (
              <span>{s.steps.map((st, i) => <Tag key={i}>{st.offsetDays > 0 ? `+${st.offsetDays}` : st.offsetDays} {t(`collections.channel.${st.channel}`)}</Tag>)}</span>) },
            { title: t('collections.strategy.version'), key: 'version', render: (_: unknown, s) => `v${s.version} · ${fmt.dateTime(s.createdAt)}` },
            { title: t('collections.strategy.active'), dataIndex: 'active', key: 'active',
              render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{t(v ? 'collections.strategy.activeYes' : 'collections.strategy.activeNo')}</Tag> },
          ]} />
      </Card>
    </>
  );
}
