import { Popover, Progress, Space, Typography } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import type { WorklistEntry } from '../api';

const KNOWN = ['OVERDUE_AMOUNT', 'DAYS_OVERDUE', 'BROKEN_PROMISES', 'RISK'];

/** The priority score and, visible on the row, the points of each component (amount, days, broken promises, risk). */
export function ScoreCell({ score }: { score: WorklistEntry['score'] }) {
  const t = useT();
  const name = (n: string) => (KNOWN.includes(n) ? t(`collections.score.${n}`) : n);
  const detail = (
    <table className="score-table" style={{ borderSpacing: '8px 2px' }}>
      <thead><tr><th>{t('collections.score.factor')}</th><th>{t('collections.score.value')}</th><th>{t('collections.score.points')}</th><th>{t('collections.score.rule')}</th></tr></thead>
      <tbody>
        {score.factors.map((f) => (
          <tr key={f.name}><td>{name(f.name)}</td><td>{f.value ?? t('collections.score.unknown')}</td><td style={{ textAlign: 'right' }}>{f.points} / {f.max}</td>
            <td><Typography.Text type="secondary">{f.rule}</Typography.Text></td></tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Popover content={detail} title={t('collections.score.title', { total: score.total })}>
      <Space orientation="vertical" size={0} style={{ minWidth: 160 }} tabIndex={0} aria-label={t('collections.score.aria', {
        total: score.total, parts: score.factors.map((f) => `${name(f.name)} ${f.points}`).join(', ') })}>
        <Typography.Text strong>{score.total}</Typography.Text>
        {score.factors.map((f) => (
          <div key={f.name} style={{ display: 'flex', gap: 6, alignItems: 'center', fontSize: 12 }}>
            <span style={{ width: 110, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{name(f.name)}</span>
            <Progress percent={Number(f.max) > 0 ? Math.round((Number(f.points) / Number(f.max)) * 100) : 0} size="small" showInfo={false} style={{ width: 60, margin: 0 }} />
            <span>{f.points}</span>
          </div>
        ))}
      </Space>
    </Popover>
  );
}
