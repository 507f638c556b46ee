import { useCallback } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type Template } from '../api';

/**
 * The message templates (dunning letters, e-mails, SMS) with their channels and current version. The editor's path
 * ends in /edit: template keys contain dots, and the server serves a path whose last segment has a dot as a file.
 */
export default function TemplatesPage() {
  const t = useT();
  const fmt = useFormat();
  const list = useLoad(useCallback((s: AbortSignal) => collectionsApi.templates(s), []));
  return (
    <>
      <PageHeader title={t('collections.templates.title')} description={t('collections.templates.description')} />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <Card>
        <Table<Template> rowKey="key" aria-label={t('collections.templates.title')} loading={list.loading} dataSource={list.data ?? []}
          pagination={false} scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('collections.templates.empty')}</Typography.Text> }}
          columns={[
            { title: t('collections.templates.key'), dataIndex: 'key', key: 'key', render: (k: string) => <Link to={`/collections/templates/${encodeURIComponent(k)}/edit`} className="mono">{k}</Link> },
            { title: t('collections.templates.descriptionField'), dataIndex: 'description', key: 'description' },
            { title: t('collections.templates.channels'), dataIndex: 'channels', key: 'channels',
              render: (cs: string[]) => cs.map((c) => <Tag key={c}>{t(`collections.channel.${c}`)}</Tag>) },
            { title: t('collections.strategy.version'), key: 'version', render: (_: unknown, r) => `v${r.version} · ${fmt.dateTime(r.createdAt)}` },
          ]} />
      </Card>
    </>
  );
}
