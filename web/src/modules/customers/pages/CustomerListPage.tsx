import { useCallback, useMemo } from 'react';
import { Button, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { customersApi, STATUSES, TIERS, type CustomerListItem } from '../api';
import { StatusBadge, TermsTag, TierTag } from '../components/CustomerTags';
import { customerNames } from '../format';
import { repName, useCompanies, useSalesReps } from '../hooks';

const FILTERS = ['q', 'tier', 'status', 'salesRepId', 'tag', 'region', 'companyId'] as const;

interface FilterValues {
  q?: string;
  tier?: string[];
  status?: string[];
  salesRepId?: string;
  tag?: string;
  region?: string;
  companyId?: string;
}

const list = (v?: string) => (v ? v.split(',').filter(Boolean) : undefined);

/** URL filters (multi-values comma-joined) into the API's query. */
export function toSearch(q: TableQuery) {
  const f = q.filters;
  return {
    q: f.q, tier: list(f.tier), status: list(f.status), salesRepId: f.salesRepId, tag: f.tag, region: f.region,
    companyId: f.companyId, page: q.page, size: q.size, sort: q.sort,
  };
}

/** 客户列表: search and filter the customer master on the server, open a customer's 360° page. */
export default function CustomerListPage() {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const canCreate = allows(Access.MASTER_DATA, roles);
  const [query, setQuery] = useTableQuery({ size: 50, filterKeys: FILTERS });
  const { companies, byId: companyById } = useCompanies();
  const { reps, byId: repById, mayList } = useSalesReps();

  const load = useCallback((q: TableQuery, signal: AbortSignal) => customersApi.search(toSearch(q), signal), []);

  const filterValues = useMemo<FilterValues>(() => {
    const f = query.filters;
    return { q: f.q, tier: list(f.tier), status: list(f.status), salesRepId: f.salesRepId, tag: f.tag, region: f.region, companyId: f.companyId };
  }, [query.filters]);

  const onSearch = (v: FilterValues) => {
    const trimmed = (s?: string) => s?.trim() || '';
    setQuery({
      filters: {
        q: trimmed(v.q), tier: (v.tier ?? []).join(','), status: (v.status ?? []).join(','), salesRepId: v.salesRepId ?? '',
        tag: trimmed(v.tag), region: trimmed(v.region), companyId: v.companyId ?? '',
      },
    });
  };

  const nameSort = lang === 'zh-CN' ? 'nameZh' : 'nameEn';
  const columns: ColumnsType<CustomerListItem> = [
    {
      title: t('customers.columns.code'), dataIndex: 'code', key: 'code', sorter: true, fixed: 'left', width: 110,
      render: (code: string, c) => <Link to={`/customers/${c.id}`} className="mono">{code}</Link>,
    },
    {
      title: t('customers.fields.name'), key: nameSort, sorter: true,
      render: (_: unknown, c) => {
        const n = customerNames(c, lang);
        return (
          <div style={{ minWidth: 180, maxWidth: 320 }}>
            <Link to={`/customers/${c.id}`}>{n.primary}</Link>
            {n.secondary && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.secondary}</Typography.Text></div>}
            {c.tags.length > 0 && <Space size={[4, 4]} wrap style={{ marginTop: 2 }}>{c.tags.map((tag) => <Tag key={tag} style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 0 }}>{tag}</Tag>)}</Space>}
          </div>
        );
      },
    },
    { title: t('customers.fields.tier'), dataIndex: 'tier', key: 'tier', sorter: true, width: 90, render: (v) => <TierTag tier={v} /> },
    { title: t('customers.fields.status'), dataIndex: 'status', key: 'status', sorter: true, width: 100, render: (v) => <StatusBadge status={v} /> },
    {
      title: t('customers.fields.creditLimit'), dataIndex: 'creditLimit', key: 'creditLimit', sorter: true, align: 'right', width: 150,
      render: (m) => (m ? fmt.money(m) : <Typography.Text type="secondary">{t('customers.noLimit')}</Typography.Text>),
    },
    { title: t('customers.columns.terms'), dataIndex: 'paymentTerms', key: 'paymentTerms', width: 120, render: (v: string) => <TermsTag code={v} /> },
    {
      title: t('customers.fields.salesRep'), dataIndex: 'salesRepId', key: 'salesRepId', responsive: ['md'],
      render: (id: string | null) => (id ? repName(repById.get(id)) ?? <Typography.Text type="secondary">{t('customers.unknownRep')}</Typography.Text> : '—'),
    },
    { title: t('customers.fields.region'), dataIndex: 'region', key: 'region', sorter: true, responsive: ['lg'], render: (v) => v || '—' },
    ...(companies.length > 1
      ? [{ title: t('customers.fields.company'), dataIndex: 'companyId', key: 'companyId', responsive: ['xl' as const], render: (id: string) => companyById.get(id)?.code ?? '' }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={t('customers.description')}
        extra={canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/customers/new')} data-testid="new-customer">
            {t('customers.actions.create')}
          </Button>
        )}
      />
      <div className="panel filter-panel">
        <FilterBar<FilterValues> ariaLabel={t('customers.filters.label')} values={filterValues} onSearch={onSearch} onReset={() => setQuery({ filters: {} })}>
          {[
            <Form.Item key="q" name="q" label={t('customers.filters.q')}>
              <Input allowClear placeholder={t('customers.filters.qHint')} />
            </Form.Item>,
            <Form.Item key="tier" name="tier" label={t('customers.fields.tier')}>
              <Select mode="multiple" allowClear options={TIERS.map((v) => ({ value: v, label: t('customers.tierLabel', { tier: v }) }))} placeholder={t('customers.filters.any')} />
            </Form.Item>,
            <Form.Item key="status" name="status" label={t('customers.fields.status')}>
              <Select mode="multiple" allowClear options={STATUSES.map((v) => ({ value: v, label: t(`customers.status.${v}`) }))} placeholder={t('customers.filters.any')} />
            </Form.Item>,
            ...(mayList
              ? [
                  <Form.Item key="salesRepId" name="salesRepId" label={t('customers.fields.salesRep')}>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('customers.filters.any')}
                      options={reps.map((r) => ({ value: r.id, label: `${repName(r)}${r.enabled ? '' : ` (${t('customers.repDisabled')})`}` }))}
                    />
                  </Form.Item>,
                ]
              : []),
            <Form.Item key="tag" name="tag" label={t('customers.fields.tag')}>
              <Input allowClear />
            </Form.Item>,
            <Form.Item key="region" name="region" label={t('customers.fields.region')}>
              <Input allowClear />
            </Form.Item>,
            ...(companies.length > 1
              ? [
                  <Form.Item key="companyId" name="companyId" label={t('customers.fields.company')}>
                    <Select allowClear placeholder={t('customers.filters.any')} options={companies.map((c) => ({ value: c.id, label: `${c.code} ${lang === 'zh-CN' ? c.name : c.nameEn || c.name}` }))} />
                  </Form.Item>,
                ]
              : []),
          ]}
        </FilterBar>
      </div>
      <div className="panel">
        <ServerTable<CustomerListItem>
          ariaLabel={t('customers.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          onRowOpen={(c) => navigate(`/customers/${c.id}`)}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={
            <Space orientation="vertical">
              <span>{t('customers.empty')}</span>
              {canCreate && <Button type="primary" onClick={() => navigate('/customers/new')}>{t('customers.actions.create')}</Button>}
            </Space>
          }
        />
      </div>
    </>
  );
}
