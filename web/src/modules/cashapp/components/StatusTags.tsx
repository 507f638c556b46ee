import { Space, Tag, Tooltip } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Counts, LineStatus } from '../api';

export const STATUS_COLORS: Record<LineStatus, string> = {
  NEW: 'default',
  SUGGESTED: 'gold',
  UNMATCHED: 'red',
  MATCHED: 'green',
  ON_ACCOUNT: 'cyan',
  NON_AR: 'purple',
  NOT_RECEIPT: 'default',
  DUPLICATE: 'default',
};

const ORDER: LineStatus[] = ['MATCHED', 'ON_ACCOUNT', 'SUGGESTED', 'UNMATCHED', 'NEW', 'NON_AR', 'DUPLICATE', 'NOT_RECEIPT'];

export function StatusTag({ status, auto }: { status: LineStatus; auto?: boolean }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{auto && status === 'MATCHED' ? t('cashapp.status.AUTO') : t(`cashapp.status.${status}`)}</Tag>;
}

/** The lines of a statement by status: auto-posted apart from matched by hand. */
export function StatusCounts({ counts }: { counts: Counts }) {
  const t = useT();
  return (
    <Space size={[4, 4]} wrap>
      {counts.autoPosted > 0 && <Tag color="green">{t('cashapp.status.AUTO')} {counts.autoPosted}</Tag>}
      {ORDER.map((s) => {
        const n = (counts.byStatus[s] ?? 0) - (s === 'MATCHED' ? counts.autoPosted : 0);
        return n > 0 ? (
          <Tooltip key={s} title={t(`cashapp.status.${s}`)}>
            <Tag color={STATUS_COLORS[s]}>{t(`cashapp.status.${s}`)} {n}</Tag>
          </Tooltip>
        ) : null;
      })}
    </Space>
  );
}
