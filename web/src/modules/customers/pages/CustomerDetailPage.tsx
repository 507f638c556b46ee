import { Suspense, useCallback, useMemo, useState } from 'react';
import { App, Button, Card, Col, Descriptions, Dropdown, Result, Row, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { DollarOutlined, EditOutlined, MoreOutlined, StopOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../../core/api/describeError';
import { ApiError } from '../../../core/api/problem';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageLoading } from '../../../core/components/PageLoading';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { Slot, preloadSlots } from '../../../core/slots';
import { customerHeaderActions } from '../../slots';
import { customersApi, type Balance, type Customer } from '../api';
import { ActivityTab } from '../components/ActivityTab';
import { AgingTab } from '../components/AgingTab';
import { BalanceSummary } from '../components/BalanceSummary';
import { CreditLimitRequestModal } from '../components/CreditLimitRequestModal';
import { StatusBadge, TermsTag, TierTag } from '../components/CustomerTags';
import { EditCustomerDrawer } from '../components/EditCustomerDrawer';
import { AddressesTab, ContactsTab, PaymentIdsTab } from '../components/MasterDataTabs';
import { OpenItemsTab } from '../components/OpenItemsTab';
import { PaymentHistoryTab } from '../components/PaymentHistoryTab';
import { customerNames, describeTerms } from '../format';
import { repName, useCompanies, useSalesReps } from '../hooks';

preloadSlots(customerHeaderActions);

const TABS = ['items', 'aging', 'history', 'contacts', 'addresses', 'payment-ids', 'activity'] as const;
type TabKey = (typeof TABS)[number];

/** 客户360°视图: the record, its account (balances, open items, aging, payment behaviour), master data and history. */
export default function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const canEdit = allows(Access.MASTER_DATA, roles);
  const canDecideCredit = allows(Access.CREDIT, roles);
  const canRequest = allows(Access.REQUEST_APPROVAL, roles) && !canDecideCredit;
  const canSeeApprovals = allows(Access.READ_ALL, roles);
  const canPostCash = allows(Access.POST_CASH, roles);
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'items';
  const [editing, setEditing] = useState(false);
  const [requesting, setRequesting] = useState(false);

  const loadCustomer = useCallback((signal: AbortSignal) => customersApi.get(id, signal), [id]);
  const customer = useLoad<Customer>(loadCustomer);
  const loadBalances = useCallback((signal: AbortSignal) => customersApi.balances(id, signal), [id]);
  const balances = useLoad<Balance[]>(loadBalances);
  const loadPending = useCallback(
    (signal: AbortSignal) => (canSeeApprovals ? customersApi.pendingCreditLimit(id, signal).then((p) => p.items[0] ?? null) : Promise.resolve(null)),
    [id, canSeeApprovals],
  );
  const pending = useLoad(loadPending);
  const { byId: companies } = useCompanies();
  const { reps, byId: repById } = useSalesReps();

  const c = customer.data;
  const company = c ? companies.get(c.companyId) : undefined;
  const currency = c?.creditLimit?.currency ?? company?.baseCurrency ?? 'CNY';
  const names = c ? customerNames(c, lang) : null;
  const slotProps = useMemo(
    () => (c ? { customer: { id: c.id, companyId: c.companyId, code: c.code, nameZh: c.nameZh, nameEn: c.nameEn } } : null),
    [c],
  );

  if (customer.error && !c) {
    if (customer.error instanceof ApiError && customer.error.notFound) {
      return <Result status="404" title={t('customers.notFound')} subTitle={describeError(customer.error, t).detail} extra={<Link to="/customers"><Button type="primary">{t('customers.backToList')}</Button></Link>} />;
    }
    return <LoadError error={customer.error} onRetry={customer.reload} />;
  }
  if (!c || !names) return <PageLoading />;

  const reloadCustomer = async () => {
    const latest = await customersApi.get(id);
    customer.setData(latest);
    return latest;
  };

  const deactivate = () =>
    modal.confirm({
      title: t('customers.confirm.deactivateTitle', { code: c.code }),
      content: t('customers.confirm.deactivateBody'),
      okText: t('customers.actions.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('core.actions.cancel'),
      onOk: async () => {
        try {
          customer.setData(await customersApi.deactivate(c.id));
          message.success(t('customers.messages.deactivated'));
        } catch (e) {
          message.error(describeError(e, t).detail || describeError(e, t).title);
        }
      },
    });

  const rep = c.salesRepId ? repName(repById.get(c.salesRepId)) : null;
  const moreItems = [
    ...(canRequest ? [{ key: 'credit', icon: <DollarOutlined />, label: t('customers.actions.requestLimit'), disabled: !!pending.data }] : []),
    ...(canEdit && c.status !== 'INACTIVE' ? [{ key: 'deactivate', icon: <StopOutlined />, label: t('customers.actions.deactivate'), danger: true }] : []),
  ];

  return (
    <>
      <Card className="customer-header" styles={{ body: { paddingBottom: 8 } }}>
        <div className="page-header" style={{ marginBottom: 8 }}>
          <div style={{ minWidth: 0 }}>
            <Space size={8} wrap>
              <Typography.Text className="mono" type="secondary">{c.code}</Typography.Text>
              <TierTag tier={c.tier} />
              <StatusBadge status={c.status} />
              {c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)}
            </Space>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 0' }}>{names.primary}</Typography.Title>
            {names.secondary && <Typography.Text type="secondary" lang={lang === 'zh-CN' ? 'en' : 'zh-CN'}>{names.secondary}</Typography.Text>}
          </div>
          {/* one boundary for the whole row: the buttons appear together, none moves under the pointer */}
          <Suspense fallback={null}>
          <div className="page-header-extra" data-testid="customer-actions">
            {canEdit && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-customer">{t('customers.actions.edit')}</Button>}
            {canPostCash && c.status !== 'INACTIVE' && (
              <Button onClick={() => navigate(`/payments/new?customerId=${c.id}`)}>{t('customers.actions.recordReceipt')}</Button>
            )}
            {/* extension point: other modules' buttons for this customer (the statement PDF download), see modules/slots.ts */}
            {slotProps && <Slot entries={customerHeaderActions} props={slotProps} inHostBoundary />}
            {moreItems.length > 0 && (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: moreItems,
                  onClick: ({ key }) => (key === 'credit' ? setRequesting(true) : deactivate()),
                }}
              >
                <Button icon={<MoreOutlined />} aria-label={t('customers.actions.more')} />
              </Dropdown>
            )}
          </div>
          </Suspense>
        </div>
        <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3, xxl: 4 }} aria-label={t('customers.facts')}>
          <Descriptions.Item label={t('customers.fields.nameZh')}>{c.nameZh || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.nameEn')}>{c.nameEn || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.taxId')}><span className="mono">{c.taxId || '—'}</span></Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.company')}>{company ? `${company.code} · ${lang === 'zh-CN' ? company.name : company.nameEn || company.name}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.creditLimit')}>
            <Space size={6} wrap>
              <span data-testid="credit-limit" className="num">{c.creditLimit ? fmt.money(c.creditLimit) : t('customers.noLimit')}</span>
              {pending.data && (
                <Tooltip title={`${pending.data.requestedByName} · ${fmt.dateTime(pending.data.requestedAt)}`}>
                  <Tag color="processing">{t('customers.creditRequest.pending', { amount: pending.data.amount ? fmt.money(pending.data.amount) : '' })}</Tag>
                </Tooltip>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.paymentTerms')}>
            <Space size={6}><TermsTag code={c.paymentTerms} /><Typography.Text type="secondary">{describeTerms(c.paymentTerms, t)}</Typography.Text></Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.salesRep')}>{rep ?? (c.salesRepId ? t('customers.unknownRep') : '—')}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.region')}>{[c.country, c.region].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.updatedAt')}>{fmt.dateTime(c.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <div style={{ margin: '16px 0' }}>
        <BalanceSummary balances={balances.data} error={balances.error} onRetry={balances.reload} creditLimit={c.creditLimit} />
      </div>

      <Row>
        <Col span={24}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={tab}
              onChange={(k) => setParams((p) => { const n = new URLSearchParams(p); n.set('tab', k); return n; }, { replace: true })}
              items={[
                { key: 'items', label: t('customers.tabs.items'), children: <OpenItemsTab customerId={c.id} timeZone={company?.timeZone} /> },
                { key: 'aging', label: t('customers.tabs.aging'), children: <AgingTab customerId={c.id} /> },
                { key: 'history', label: t('customers.tabs.history'), children: <PaymentHistoryTab customerId={c.id} timeZone={company?.timeZone} /> },
                { key: 'contacts', label: t('customers.tabs.contactsCount', { count: c.contacts.length }), children: <ContactsTab customer={c} canEdit={canEdit} onChanged={customer.reload} /> },
                { key: 'addresses', label: t('customers.tabs.addressesCount', { count: c.addresses.length }), children: <AddressesTab customer={c} canEdit={canEdit} onChanged={customer.reload} lang={lang} /> },
                { key: 'payment-ids', label: t('customers.tabs.paymentIds'), children: <PaymentIdsTab customer={c} canEdit={canEdit} onChanged={customer.reload} /> },
                { key: 'activity', label: t('customers.tabs.activity'), children: <ActivityTab customerId={c.id} version={c.version} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>

      {canEdit && (
        <EditCustomerDrawer
          customer={c}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            customer.setData(saved);
            setEditing(false);
          }}
          reps={reps}
          currency={currency}
          reloadCustomer={reloadCustomer}
        />
      )}
      {canRequest && (
        <CreditLimitRequestModal
          customer={c}
          currency={currency}
          open={requesting}
          onClose={() => setRequesting(false)}
          onRequested={() => {
            setRequesting(false);
            pending.reload();
          }}
        />
      )}
    </>
  );
}
