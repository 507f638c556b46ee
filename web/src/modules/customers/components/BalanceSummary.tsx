import { Card, Col, Progress, Row, Skeleton, Space, Statistic, Tooltip, Typography } from 'antd';
import type { Money } from '../../../core/api/types';
import { LoadError } from '../../../core/components/LoadError';
import { useFormat } from '../../../core/format/useFormat';
import { isZeroMoney } from '../../../core/format/money';
import { useT } from '../../../core/i18n/I18nProvider';
import type { Balance } from '../api';
import { utilisation } from '../format';

/** The customer's account per currency: open, overdue, on account, net, and how much of the credit limit is used. */
export function BalanceSummary({ balances, error, onRetry, creditLimit }: {
  balances: Balance[] | undefined;
  error: unknown;
  onRetry: () => void;
  creditLimit: Money | null;
}) {
  const t = useT();
  const fmt = useFormat();
  if (error) return <LoadError error={error} onRetry={onRetry} compact />;
  if (!balances) return <Card><Skeleton active paragraph={{ rows: 2 }} /></Card>;
  if (balances.length === 0) {
    return (
      <Card size="small">
        <Typography.Text type="secondary">{t('customers.balance.none')}</Typography.Text>
      </Card>
    );
  }
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {balances.map((b) => {
        const used = utilisation(b.net, creditLimit);
        return (
          <Card size="small" key={b.currency} aria-label={t('customers.balance.label', { currency: b.currency })}>
            <Row gutter={[16, 12]}>
              <Col xs={12} lg={5}>
                <Statistic title={t('customers.balance.openDebit', { count: b.openDebitItems })} value={fmt.money(b.openDebit)} />
              </Col>
              <Col xs={12} lg={5}>
                <Statistic title={t('customers.balance.overdue')} value={fmt.money(b.overdue)} styles={{ content: { color: isZeroMoney(b.overdue) ? undefined : '#cf1322' } }} />
              </Col>
              <Col xs={12} lg={5}>
                <Statistic title={t('customers.balance.unapplied', { count: b.openCreditItems })} value={fmt.money(b.unappliedCredit)} styles={{ content: { color: isZeroMoney(b.unappliedCredit) ? undefined : '#389e0d' } }} />
              </Col>
              <Col xs={12} lg={4}>
                <Statistic title={t('customers.balance.net')} value={fmt.money(b.net)} />
              </Col>
              <Col xs={24} lg={5}>
                <div style={{ fontSize: 14, color: 'rgba(0,0,0,.45)', marginBottom: 4 }}>{t('customers.balance.utilisation')}</div>
                {used === null ? (
                  <Typography.Text type="secondary">{creditLimit ? t('customers.balance.otherCurrency') : t('customers.noLimit')}</Typography.Text>
                ) : (
                  <Tooltip title={t('customers.balance.utilisationHelp', { net: fmt.money(b.net), limit: fmt.money(creditLimit) })}>
                    <Progress
                      percent={Math.round(used * 1000) / 10}
                      status={used > 1 ? 'exception' : used > 0.8 ? 'active' : 'normal'}
                      strokeColor={used > 1 ? '#cf1322' : used > 0.8 ? '#fa8c16' : undefined}
                      format={(p) => fmt.percent((p ?? 0) / 100, 1)}
                      aria-label={t('customers.balance.utilisation')}
                    />
                  </Tooltip>
                )}
              </Col>
            </Row>
          </Card>
        );
      })}
    </Space>
  );
}
