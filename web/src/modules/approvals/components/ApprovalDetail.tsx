import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Money } from '../../../core/api/types';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Approval } from '../api';

const isMoney = (v: unknown): v is Money => !!v && typeof v === 'object' && typeof (v as Money).amount === 'string' && typeof (v as Money).currency === 'string';

/** One line for a list: the payload in words for known types (name, old → new, reason), else the requester's summary. */
export function ApprovalSummary({ a }: { a: Approval }) {
  const t = useT();
  const fmt = useFormat();
  const p = a.payload ?? {};
  if (a.type !== 'customers.credit-limit') return <>{a.summary}</>;
  const money = (v: unknown) => (isMoney(v) ? fmt.money(v) : t('approvals.creditLimit.noLimit'));
  return (
    <>
      <Link to={`/customers/${a.subjectId}`}>{`${String(p.code ?? '')} ${String(p.name ?? '')}`}</Link>
      <div>
        <Typography.Text type="secondary">{money(p.currentLimit)}</Typography.Text> → <Typography.Text strong>{money(p.creditLimit)}</Typography.Text>
      </div>
      {typeof p.reason === 'string' && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.reason}</Typography.Text>}
    </>
  );
}

/** What the checker decides: the requester's summary, and the payload in words for the types OpenAR knows. */
export function ApprovalDetail({ a }: { a: Approval }) {
  const t = useT();
  const fmt = useFormat();
  const p = a.payload ?? {};
  const show = (v: unknown) => (isMoney(v) ? fmt.money(v) : v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('approvals.fields.summary')} span={2}>{a.summary}</Descriptions.Item>
      {a.type === 'customers.credit-limit' ? (
        <>
          <Descriptions.Item label={t('approvals.creditLimit.customer')}>
            <Link to={`/customers/${a.subjectId}`}>{`${show(p.code)} · ${show(p.name)}`}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.creditLimit.change')}>
            <Space size={6} wrap>
              <Typography.Text delete={!!p.currentLimit}>{p.currentLimit ? show(p.currentLimit) : t('approvals.creditLimit.noLimit')}</Typography.Text>
              <span aria-hidden>→</span>
              <Typography.Text strong>{show(p.creditLimit)}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.creditLimit.reason')} span={2}>{show(p.reason)}</Descriptions.Item>
        </>
      ) : (
        Object.entries(p).map(([k, v]) => <Descriptions.Item key={k} label={k}>{show(v)}</Descriptions.Item>)
      )}
      <Descriptions.Item label={t('approvals.fields.deciders')}>
        <Space size={[4, 4]} wrap>{a.deciderRoles.map((r) => <Tag key={r}>{t(`core.roles.${r}`)}</Tag>)}</Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('approvals.fields.requested')}>{a.requestedByName} · {fmt.dateTime(a.requestedAt)}</Descriptions.Item>
      {a.decidedAt && <Descriptions.Item label={t('approvals.fields.decided')}>{a.decidedByName} · {fmt.dateTime(a.decidedAt)}</Descriptions.Item>}
      {a.comment && <Descriptions.Item label={t('approvals.fields.comment')}>{a.comment}</Descriptions.Item>}
      {a.cancelledAt && <Descriptions.Item label={t('approvals.fields.cancelled')}>{fmt.dateTime(a.cancelledAt)}{a.cancelReason ? ` · ${a.cancelReason}` : ''}</Descriptions.Item>}
    </Descriptions>
  );
}
