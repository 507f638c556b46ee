import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { useT } from '../../../core/i18n/I18nProvider';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { integrationApi, saveBlob, type ImportJob, type RejectedRow } from '../api';
import { JobSummary } from '../components/JobSummary';

/** One import: progress while it runs (polled), then its counts and the rejected rows with reasons, downloadable. */
export default function ImportDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useTableQuery({ size: 20, filterKeys: [] });
  const finished = job?.status === 'COMPLETED' || job?.status === 'FAILED';

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const poll = async () => {
      try {
        const j = await integrationApi.job(id, controller.signal);
        setJob(j);
        if (j.status === 'QUEUED' || j.status === 'RUNNING') timer = setTimeout(poll, 700);
      } catch (e) {
        if (!controller.signal.aborted) setError(e);
      }
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id]);

  const load = useCallback((q: TableQuery, signal: AbortSignal) => integrationApi.rejected(id, { page: q.page, size: q.size }, signal), [id]);

  const downloadAs = async (format: 'csv' | 'xlsx') => {
    try {
      const { blob, filename } = await integrationApi.downloadRejected(id, format);
      saveBlob(blob, filename ?? `rejected.${format}`);
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };

  if (error) return <Alert type="error" showIcon role="alert" title={describeError(error, t).title} description={describeError(error, t).detail} />;
  if (!job) return <PageLoading />;

  const columns: ColumnsType<RejectedRow> = [
    { title: t('integration.job.row'), dataIndex: 'rowNumber', key: 'rowNumber', width: 80 },
    {
      title: t('integration.job.column'),
      key: 'column',
      width: 160,
      render: (_: unknown, r) => <Space size={[4, 4]} wrap>{[...new Set(r.problems.map((p) => p.column).filter(Boolean))].map((c) => <Tag key={c} color="red">{c}</Tag>)}</Space>,
    },
    {
      title: t('integration.job.reason'),
      key: 'reason',
      render: (_: unknown, r) => (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="rejected-reason">
          {r.problems.map((p, i) => <li key={i}>{p.message}</li>)}
        </ul>
      ),
    },
    { title: t('integration.job.values'), key: 'values', responsive: ['lg'], render: (_: unknown, r) => <span className="mono">{r.cells.join(' | ')}</span> },
  ];

  return (
    <>
      <PageHeader
        title={t('integration.job.title', { name: job.fileName })}
        extra={
          <Space>
            <Link to="/imports">{t('integration.job.backToList')}</Link>
            <Link to="/imports/new">{t('integration.job.another')}</Link>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <JobSummary job={job} />
        {finished && (
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('integration.job.rejectedTitle')}</h2>}
            extra={job.progress.rejected > 0 && (
              <Space>
                <span>{t('integration.job.download')}:</span>
                <Button icon={<DownloadOutlined />} onClick={() => downloadAs('csv')} data-testid="download-csv">{t('integration.job.downloadCsv')}</Button>
                <Button icon={<DownloadOutlined />} onClick={() => downloadAs('xlsx')} data-testid="download-xlsx">{t('integration.job.downloadXlsx')}</Button>
              </Space>
            )}
          >
            <ServerTable<RejectedRow>
              ariaLabel={t('integration.job.rejectedLabel')}
              columns={columns}
              rowKey="rowNumber"
              query={query}
              onQueryChange={setQuery}
              load={load}
              emptyDescription={t('integration.job.noRejected')}
            />
          </Card>
        )}
      </Space>
    </>
  );
}
