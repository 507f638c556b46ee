import { useCallback, useMemo, useState } from 'react';
import { Button, Form, Select, Space, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { PageHeader } from '../../../core/components/PageHeader';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import type { TableQuery } from '../../../core/table/useTableQuery';
import { approvalsApi, KNOWN_TYPES, type Approval, type ApprovalStatus } from '../api';
import { ApprovalDetail, ApprovalSummary } from '../components/ApprovalDetail';
import { DecisionModal, type DecisionKind } from '../components/DecisionModal';

type TabKey = 'inbox' | 'mine' | 'history';
const STATUS_COLORS: Record<ApprovalStatus, string> = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'red', CANCELLED: 'default' };

function useLocalQuery(initial: TableQuery) {
  const [query, setQuery] = useState<TableQuery>(initial);
  const onQueryChange = useCallback((patch: Partial<TableQuery>) =>
    setQuery((q) => ({ ...q, ...patch, page: patch.page ?? (patch.sort !== undefined || patch.size !== undefined || patch.filters !== undefined ? 0 : q.page) })), []);
  return [query, onQueryChange] as const;
}

/** 审批中心 (maker-checker): what waits for my decision, what I asked for, and every approval's history. */
export default function ApprovalsPage() {
  const t = useT();
  const fmt = useFormat();
  const { user, refresh } = useAuth();
  const roles = user?.roles ?? [];
  const mayDecide = allows(Access.DECIDE_APPROVAL, roles);
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (['inbox', 'mine', 'history'] as const).find((k) => k === params.get('tab')) ?? (mayDecide ? 'inbox' : 'mine');
  const [inboxQuery, setInboxQuery] = useLocalQuery({ page: 0, size: 20, filters: {} });
  const [mineQuery, setMineQuery] = useLocalQuery({ page: 0, size: 20, filters: {} });
  const [historyQuery, setHistoryQuery] = useLocalQuery({ page: 0, size: 50, filters: {} });
  const [deciding, setDeciding] = useState<{ approval: Approval; kind: DecisionKind } | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const typesLoad = useCallback((signal: AbortSignal) => approvalsApi.types(signal), []);
  const types = useLoad(typesLoad);

  const typeName = useCallback((type: string) => (KNOWN_TYPES.has(type) ? t(`approvals.types.${type}`) : type), [t]);
  const loadInbox = useCallback((q: TableQuery, s: AbortSignal) => approvalsApi.pendingForMe({ page: q.page, size: q.size, sort: q.sort }, s), []);
  const loadMine = useCallback((q: TableQuery, s: AbortSignal) => approvalsApi.requestedByMe({ status: q.filters.status, page: q.page, size: q.size, sort: q.sort }, s), []);
  const loadHistory = useCallback((q: TableQuery, s: AbortSignal) => approvalsApi.search({ status: q.filters.status, type: q.filters.type, page: q.page, size: q.size, sort: q.sort }, s), []);

  const columns = (tabKey: TabKey): ColumnsType<Approval> => [
    { title: t('approvals.fields.type'), dataIndex: 'type', key: 'type', sorter: true, render: (v: string) => <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>{typeName(v)}</Typography.Text> },
    { title: t('approvals.fields.summary'), dataIndex: 'summary', key: 'summary', render: (_: string, a) => <div style={{ maxWidth: 360, minWidth: 200 }}><ApprovalSummary a={a} /></div> },
    { title: t('approvals.fields.amount'), dataIndex: 'amount', key: 'amount', align: 'right', render: (m) => (m ? <span className="num">{fmt.money(m)}</span> : '—') },
    ...(tabKey === 'mine' ? [] : [{ title: t('approvals.fields.requestedBy'), dataIndex: 'requestedByName', key: 'requestedByName', responsive: ['md' as const] }]),
    { title: t('approvals.fields.requestedAt'), dataIndex: 'requestedAt', key: 'requestedAt', sorter: true, responsive: tabKey === 'inbox' ? undefined : ['lg'], render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(v)}</span> },
    ...(tabKey === 'inbox' ? [] : [
      { title: t('approvals.fields.status'), dataIndex: 'status', key: 'status', sorter: true, render: (v: ApprovalStatus) => <Tag color={STATUS_COLORS[v]}>{t(`approvals.status.${v}`)}</Tag> },
      { title: t('approvals.fields.decidedBy'), key: 'decided', responsive: ['xl' as const], render: (_: unknown, a: Approval) => (a.decidedAt ? `${a.decidedByName} · ${fmt.dateTime(a.decidedAt)}` : '—') },
    ]),
    ...(tabKey !== 'history'
      ? [{
          title: t('approvals.columns.actions'), key: 'actions', fixed: 'right' as const,
          render: (_: unknown, a: Approval) => (
            <Space size={4}>
              {a.canDecide && (
                <>
                  <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDeciding({ approval: a, kind: 'APPROVE' })} data-testid="approve">{t('approvals.actions.APPROVE')}</Button>
                  <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDeciding({ approval: a, kind: 'REJECT' })}>{t('approvals.actions.REJECT')}</Button>
                </>
              )}
              {a.canCancel && <Button size="small" onClick={() => setDeciding({ approval: a, kind: 'CANCEL' })}>{t('approvals.actions.CANCEL')}</Button>}
            </Space>
          ),
        }]
      : []),
  ];

  const expandable = { expandedRowRender: (a: Approval) => <ApprovalDetail a={a} /> };
  const statusOptions = (['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'] as const).map((s) => ({ value: s, label: t(`approvals.status.${s}`) }));
  const historyValues = useMemo(() => ({ ...historyQuery.filters }), [historyQuery.filters]);
  const mineValues = useMemo(() => ({ ...mineQuery.filters }), [mineQuery.filters]);
  const pending = user?.pendingApprovals ?? 0;

  const items = [
    ...(mayDecide
      ? [{
          key: 'inbox',
          label: <Space size={6}>{t('approvals.tabs.inbox')}{pending > 0 && <Tag color="red" style={{ marginInlineEnd: 0 }}>{pending}</Tag>}</Space>,
          children: (
            <ServerTable<Approval>
              ariaLabel={t('approvals.tabs.inbox')}
              columns={columns('inbox')}
              rowKey="id"
              query={inboxQuery}
              onQueryChange={setInboxQuery}
              load={loadInbox}
              reloadKey={reloadKey}
              expandable={expandable}
              emptyDescription={t('approvals.emptyInbox')}
            />
          ),
        }]
      : []),
    {
      key: 'mine',
      label: t('approvals.tabs.mine'),
      children: (
        <>
          <FilterBar<{ status?: string }> ariaLabel={t('approvals.filters.label')} values={mineValues} onSearch={(v) => setMineQuery({ filters: { status: v.status ?? '' } })} onReset={() => setMineQuery({ filters: {} })}>
            {[
              <Form.Item key="status" name="status" label={t('approvals.fields.status')}>
                <Select allowClear options={statusOptions} placeholder={t('approvals.filters.any')} />
              </Form.Item>,
            ]}
          </FilterBar>
          <ServerTable<Approval>
            ariaLabel={t('approvals.tabs.mine')}
            columns={columns('mine')}
            rowKey="id"
            query={mineQuery}
            onQueryChange={setMineQuery}
            load={loadMine}
            reloadKey={reloadKey}
            expandable={expandable}
            onClearFilters={() => setMineQuery({ filters: {} })}
            emptyDescription={t('approvals.emptyMine')}
          />
        </>
      ),
    },
    {
      key: 'history',
      label: t('approvals.tabs.history'),
      children: (
        <>
          <FilterBar<{ status?: string; type?: string }> ariaLabel={t('approvals.filters.label')} values={historyValues} onSearch={(v) => setHistoryQuery({ filters: { status: v.status ?? '', type: v.type ?? '' } })} onReset={() => setHistoryQuery({ filters: {} })}>
            {[
              <Form.Item key="status" name="status" label={t('approvals.fields.status')}>
                <Select allowClear options={statusOptions} placeholder={t('approvals.filters.any')} />
              </Form.Item>,
              <Form.Item key="type" name="type" label={t('approvals.fields.type')}>
                <Select allowClear placeholder={t('approvals.filters.any')} loading={types.loading} options={(types.data ?? []).map((p) => ({ value: p.type, label: typeName(p.type) }))} />
              </Form.Item>,
            ]}
          </FilterBar>
          <ServerTable<Approval>
            ariaLabel={t('approvals.tabs.history')}
            columns={columns('history')}
            rowKey="id"
            query={historyQuery}
            onQueryChange={setHistoryQuery}
            load={loadHistory}
            reloadKey={reloadKey}
            expandable={expandable}
            onClearFilters={() => setHistoryQuery({ filters: {} })}
            emptyDescription={t('approvals.emptyHistory')}
          />
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.description')} />
      <div className="panel">
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams((p) => { const n = new URLSearchParams(p); n.set('tab', k); return n; }, { replace: true })}
          items={items}
        />
      </div>
      <DecisionModal
        approval={deciding?.approval ?? null}
        kind={deciding?.kind ?? 'APPROVE'}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          setReloadKey((k) => k + 1);
          void refresh();
        }}
      />
    </>
  );
}
