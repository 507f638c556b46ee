import { Tag } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import type { ImportJob } from '../api';

const COLORS = { QUEUED: 'default', RUNNING: 'processing', COMPLETED: 'success', FAILED: 'error' } as const;

/** A job's status; a completed job with rejected rows shows them as a warning. */
export function StatusTag({ job }: { job: ImportJob }) {
  const t = useT();
  const warn = job.status === 'COMPLETED' && job.progress.rejected > 0;
  return (
    <Tag color={warn ? 'warning' : COLORS[job.status]} data-testid="import-status">
      {t(`integration.status.${job.status}`)}
    </Tag>
  );
}
