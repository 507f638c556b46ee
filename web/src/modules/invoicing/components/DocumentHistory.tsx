import { Empty, Timeline } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { HistoryEntry } from '../api';

const KNOWN = new Set(['draft-created', 'draft-updated', 'draft-discarded', 'issued', 'credited']);

/** The document's own history from the audit trail: who did what, when. */
export function DocumentHistory({ entries }: { entries: HistoryEntry[] }) {
  const t = useT();
  const fmt = useFormat();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invoicing.history.empty')} />;
  return (
    <Timeline
      data-testid="document-history"
      items={entries.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: e.action === 'issued' ? 'blue' : e.action === 'credited' ? 'purple' : 'gray',
        content: (
          <>
            <strong>{KNOWN.has(e.action) ? t(`invoicing.history.${e.action}`) : e.action}</strong>
            <div style={{ color: 'rgba(0,0,0,0.55)' }}>{t('invoicing.detail.by', { time: fmt.dateTime(e.at), user: e.actor })}</div>
          </>
        ),
      }))}
    />
  );
}
