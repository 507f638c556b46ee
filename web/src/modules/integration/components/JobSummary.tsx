import { Alert, Card, Col, Descriptions, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { ImportJob } from '../api';
import { StatusTag } from './StatusTag';

/** The job's progress bar, its counts and what it says about the file. */
export function JobSummary({ job }: { job: ImportJob }) {
  const t = useT();
  const fmt = useFormat();
  const p = job.progress;
  const running = job.status === 'RUNNING' || job.status === 'QUEUED';
  const status = job.status === 'FAILED' ? 'exception' : running ? 'active' : 'success';
  return (
    <Card>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Progress percent={job.status === 'COMPLETED' ? 100 : p.percent} status={status} aria-label={t('integration.job.progress')} data-testid="import-progress" />
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Statistic title={t('integration.job.rowsRead')} value={fmt.number(p.rowsRead)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('integration.job.accepted')} value={fmt.number(p.accepted)} data-testid="accepted-count" /></Col>
          <Col xs={12} md={6}>
            <Statistic title={t('integration.job.rejected')} value={fmt.number(p.rejected)} styles={{ content: { color: p.rejected > 0 ? '#cf1322' : undefined } }} data-testid="rejected-count" />
          </Col>
          <Col xs={12} md={6}><Statistic title={t('integration.job.present')} value={fmt.number(p.alreadyPresent)} /></Col>
        </Row>
        {job.dryRun && <Alert type="info" showIcon title={t('integration.job.dryRunNote')} />}
        {job.previousJobId && <Alert type="info" showIcon title={t('integration.job.previous')} />}
        {job.failureMessage && <Alert type="error" showIcon role="alert" title={t('integration.job.failed')} description={job.failureMessage} />}
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('integration.job.type')}>{t(`integration.types.${job.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('integration.list.columns.status')}><StatusTag job={job} /></Descriptions.Item>
          <Descriptions.Item label={t('integration.job.customersCreated')}>{fmt.number(p.customersCreated)}</Descriptions.Item>
          <Descriptions.Item label={t('integration.job.file')}>{job.fileName} ({job.format}{job.encoding ? `, ${job.encoding}` : ''})</Descriptions.Item>
          <Descriptions.Item label={t('integration.job.startedBy')}>{job.createdBy}</Descriptions.Item>
          <Descriptions.Item label={t('integration.job.startedAt')}>{fmt.dateTime(job.createdAt)}</Descriptions.Item>
        </Descriptions>
        {job.ignoredColumns.length > 0 && (
          <Typography.Text type="secondary">{t('integration.job.ignoredColumns', { columns: job.ignoredColumns.join(', ') })}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
