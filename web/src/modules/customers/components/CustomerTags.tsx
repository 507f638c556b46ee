import { Badge, Tag, Tooltip } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import type { CustomerStatus, Tier } from '../api';
import { describeTerms } from '../format';

const TIER_COLORS: Record<Tier, string> = { A: 'green', B: 'blue', C: 'orange' };
const STATUS_BADGE: Record<CustomerStatus, 'success' | 'default' | 'error'> = { ACTIVE: 'success', INACTIVE: 'default', BLOCKED: 'error' };

export function TierTag({ tier }: { tier: Tier }) {
  const t = useT();
  return (
    <Tooltip title={t(`customers.tierHelp.${tier}`)}>
      <Tag color={TIER_COLORS[tier]} style={{ marginInlineEnd: 0 }}>{t('customers.tierLabel', { tier })}</Tag>
    </Tooltip>
  );
}

export function StatusBadge({ status }: { status: CustomerStatus }) {
  const t = useT();
  return <Badge status={STATUS_BADGE[status]} text={t(`customers.status.${status}`)} />;
}

/** The compact code with its meaning in the language on hover. */
export function TermsTag({ code }: { code: string }) {
  const t = useT();
  return (
    <Tooltip title={describeTerms(code, t)}>
      <Tag className="mono" style={{ marginInlineEnd: 0 }}>{code}</Tag>
    </Tooltip>
  );
}
