import { Tag, Timeline, Typography } from 'antd';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { TimelineEntry } from '../api';

const COLORS: Record<string, string> = { DECISION: 'blue', ACTIVITY: 'green', TASK: 'gray', PROMISE: 'orange', PLACEMENT: 'red', CHARGE: 'purple', DISPUTE: 'red' };
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Everything collections did with a customer, newest first: messages and decisions, calls, tasks, promises, disputes. */
export function CollectionsTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  const fmt = useFormat();
  const title = (e: TimelineEntry): string => {
    const s = e.summary;
    switch (e.kind) {
      case 'DECISION': return t('collections.timeline.decision', { outcome: t(`collections.outcome.${str(s.outcome)}`), reason: t(`collections.reason.${str(s.reason)}`) });
      case 'ACTIVITY': return s.outcome ? `${t(`collections.activityKind.${str(s.kind)}`)} · ${t(`collections.callOutcome.${str(s.outcome)}`)}` : t(`collections.activityKind.${str(s.kind)}`);
      case 'TASK': return t('collections.timeline.task', { kind: t(`collections.taskKind.${str(s.kind)}`), status: t(`collections.taskStatus.${str(s.status)}`) });
      case 'PROMISE': return t('collections.timeline.promise', { status: t(`collections.promiseStatus.${str(s.status)}`) });
      case 'PLACEMENT': return t('collections.timeline.placement', { agency: str(s.agency), status: t(`collections.placementStatus.${str(s.status)}`) });
      case 'CHARGE': return t('collections.timeline.charge', { number: str(s.chargeNumber), invoice: str(s.invoice) });
      case 'DISPUTE': return t('collections.timeline.dispute', { document: str(s.document), status: t(`collections.disputeStatus.${str(s.status)}`) });
      default: return e.title ?? e.kind;
    }
  };
  const detail = (e: TimelineEntry): string[] => {
    const s = e.summary;
    const out: string[] = [];
    const add = (key: string, value: unknown) => { if (value !== null && value !== undefined && value !== '') out.push(`${t(`collections.timeline.fields.${key}`)}: ${str(value)}`); };
    switch (e.kind) {
      case 'DECISION':
        if (s.level) add('level', `${str(s.level)} · ${str(s.stepName)}`);
        if (s.channel) add('channel', t(`collections.channel.${str(s.channel)}`));
        add('recipient', s.recipient);
        add('items', s.items);
        if (s.messageStatus) add('messageStatus', s.messageStatus);
        break;
      case 'ACTIVITY':
        add('note', s.note);
        if (s.nextActionDate) add('nextActionDate', fmt.date(str(s.nextActionDate)));
        break;
      case 'TASK':
        if (s.dueDate) add('dueDate', fmt.date(str(s.dueDate)));
        break;
      case 'PROMISE':
        add('amount', s.amount);
        if (s.promisedDate) add('promisedDate', fmt.date(str(s.promisedDate)));
        if (s.channel) add('channel', t(`collections.promiseChannel.${str(s.channel)}`));
        add('paid', s.paid);
        break;
      case 'PLACEMENT':
        add('items', s.items);
        add('commission', s.commissionPercent ? `${str(s.commissionPercent)}%` : null);
        break;
      case 'CHARGE':
        add('amount', s.amount);
        break;
      case 'DISPUTE':
        if (s.reason) add('reason', t(`collections.disputeReason.${str(s.reason)}`));
        add('note', s.note);
        break;
    }
    return out;
  };
  if (entries.length === 0) return <Typography.Text type="secondary">{t('collections.timeline.empty')}</Typography.Text>;
  return (
    <Timeline data-testid="collections-timeline" items={entries.map((e, i) => ({
      key: `${e.kind}-${e.refId ?? i}`, color: COLORS[e.kind] ?? 'gray',
      content: (
        <div>
          <Tag>{t(`collections.timeline.kinds.${e.kind}`)}</Tag>
          <Typography.Text strong>{title(e)}</Typography.Text>
          <div><Typography.Text type="secondary">{fmt.dateTime(e.at)}{e.by ? ` · ${e.by}` : ''}</Typography.Text></div>
          {detail(e).map((d) => <div key={d}>{d}</div>)}
        </div>
      ),
    }))} />
  );
}
