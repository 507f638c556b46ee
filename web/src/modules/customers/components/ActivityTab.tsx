import { useCallback, useState } from 'react';
import { Alert, Button, Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Page } from '../../../core/api/types';
import { customersApi, type AuditEntry } from '../api';
import { changesOf } from '../activity';

const PAGE = 20;
const KNOWN_ACTIONS = new Set([
  'created', 'updated', 'deactivated', 'tier-changed', 'credit-limit-changed', 'contact-added', 'contact-updated', 'contact-removed',
  'address-added', 'address-updated', 'address-removed', 'bank-account-added', 'bank-account-updated', 'bank-account-removed', 'alias-added', 'alias-removed',
]);
/** Field names the activity translates (customers.fields.*); others show their JSON path. */
const FIELD_LABELS = new Set([
  'code', 'nameZh', 'nameEn', 'taxId', 'country', 'region', 'tier', 'status', 'creditLimit', 'paymentTerms', 'salesRepId', 'tags', 'email', 'phone',
  'primary', 'role', 'language', 'province', 'city', 'district', 'line', 'postcode', 'accountNumber', 'bankName', 'holderName', 'bic', 'currency', 'type',
]);
const COLORS: Record<string, string> = { created: 'green', deactivated: 'gray', 'credit-limit-changed': 'orange', 'tier-changed': 'orange' };

/**
 * Everything that happened to the customer record and its children, newest first, from the audit trail. Only roles
 * that may read the audit (admins, auditors, controllers) see it; the API enforces the same rule.
 */
export function ActivityTab({ customerId, version }: { customerId: string; /** reloads when the record changes */ version: number }) {
  const t = useT();
  const fmt = useFormat();
  const { user } = useAuth();
  const allowed = allows(Access.AUDIT, user?.roles ?? []);
  const [size, setSize] = useState(PAGE);
  const load = useCallback(
    (signal: AbortSignal): Promise<Page<AuditEntry>> =>
      allowed ? customersApi.activity(customerId, 0, size, signal) : Promise.resolve({ items: [], total: 0, page: 0, size }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new version means new entries to read
    [allowed, customerId, size, version],
  );
  const { data, error, loading, reload } = useLoad(load);

  if (!allowed) return <Alert type="info" showIcon title={t('customers.activity.restricted')} description={t('customers.activity.restrictedDetail')} />;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  if (data.items.length === 0) return <Empty description={t('customers.activity.empty')} />;

  const label = (path: string) => {
    const last = path.replace(/\[\d+\]/g, '').split('.').pop() ?? path;
    return FIELD_LABELS.has(last) ? t(`customers.fields.${last}`) : path;
  };

  return (
    <section aria-label={t('customers.tabs.activity')}>
      <Timeline
        items={data.items.map((e) => {
          const changes = changesOf(e.before, e.after);
          const shown = e.action === 'created' ? [] : changes.slice(0, 8);
          return {
            key: e.seq,
            color: COLORS[e.action] ?? 'blue',
            content: (
              <div>
                <Space size={8} wrap>
                  <Typography.Text strong>{KNOWN_ACTIONS.has(e.action) ? t(`customers.activity.action.${e.action}`) : e.action}</Typography.Text>
                  <Typography.Text type="secondary"><time dateTime={e.occurredAt}>{fmt.dateTime(e.occurredAt)}</time></Typography.Text>
                  <Tag>{e.actor}</Tag>
                </Space>
                {shown.length > 0 && (
                  <ul className="change-list">
                    {shown.map((c) => (
                      <li key={c.path}>
                        <span className="change-field">{label(c.path)}</span>{' '}
                        {c.before !== null && <del>{c.before}</del>}
                        {c.before !== null && c.after !== null && ' → '}
                        {c.after !== null && <ins>{c.after}</ins>}
                      </li>
                    ))}
                    {changes.length > shown.length && <li>{t('customers.activity.more', { count: changes.length - shown.length })}</li>}
                  </ul>
                )}
              </div>
            ),
          };
        })}
      />
      {data.total > data.items.length && (
        <Button onClick={() => setSize((s) => s + PAGE)} loading={loading}>{t('customers.activity.loadMore', { count: data.total - data.items.length })}</Button>
      )}
    </section>
  );
}
