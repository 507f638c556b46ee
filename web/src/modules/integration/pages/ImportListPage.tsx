import { useCallback, useMemo } from 'react';
import { Button, Form, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../core/components/PageHeader';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { FilterBar } from '../../../core/table/FilterBar';
import { ServerTable } from '../../../core/table/ServerTable';
import { useTableQuery, type TableQuery } from '../../../core/table/useTableQuery';
import { IMPORT_TYPES, integrationApi, type ImportJob } from '../api';
import { StatusTag } from '../components/StatusTag';

const FILTERS = ['type'] as const;

/** Every import, newest first: what, whose, how it went; a row opens the import with its rejected rows. */
export default function ImportListPage() {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [query, setQuery] = useTableQuery({ size: 20, filterKeys: FILTERS });
  const load = useCallback(
    (q: TableQuery, signal: AbortSignal) => integrationApi.jobs({ type: q.filters.type, page: q.page, size: q.size }, signal),
    [],
  );
  const filterValues = useMemo(() => ({ type: query.filters.type }), [query.filters]);

  const columns: ColumnsType<ImportJob> = [
    { title: t('integration.list.columns.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 180, render: (v: string) => fmt.dateTime(v) },
    { title: t('integration.list.columns.type'), dataIndex: 'type', key: 'type', render: (v: string, j) => (
      <>
        {t(`integration.types.${v}`)}
        {j.dryRun && <Tag style={{ marginInlineStart: 8 }}>{t('integration.list.dryRun')}</Tag>}
      </>
    ) },
    { title: t('integration.list.columns.file'), dataIndex: 'fileName', key: 'fileName', render: (v: string, j) => <Link to={`/imports/${j.id}`}>{v}</Link> },
    { title: t('integration.list.columns.status'), key: 'status', render: (_: unknown, j) => <StatusTag job={j} /> },
    { title: t('integration.list.columns.rows'), key: 'rows', align: 'right', render: (_: unknown, j) => fmt.number(j.progress.rowsRead) },
    { title: t('integration.list.columns.accepted'), key: 'accepted', align: 'right', render: (_: unknown, j) => fmt.number(j.progress.accepted) },
    {
      title: t('integration.list.columns.rejected'),
      key: 'rejected',
      align: 'right',
      render: (_: unknown, j) => (j.progress.rejected > 0 ? <Typography.Text type="danger">{fmt.number(j.progress.rejected)}</Typography.Text> : fmt.number(0)),
    },
    { title: t('integration.list.columns.present'), key: 'present', align: 'right', responsive: ['lg'], render: (_: unknown, j) => fmt.number(j.progress.alreadyPresent) },
    { title: t('integration.list.columns.createdBy'), dataIndex: 'createdBy', key: 'createdBy', responsive: ['md'] },
  ];

  return (
    <>
      <PageHeader
        title={t('integration.title')}
        description={t('integration.description')}
        extra={
          allows(Access.IMPORT, user?.roles ?? []) && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => navigate('/imports/new')} data-testid="new-import">
              {t('integration.list.newImport')}
            </Button>
          )
        }
      />
      <div style={{ background: '#fff', padding: '16px 16px 0', borderRadius: 8, marginBottom: 16 }}>
        <FilterBar<{ type?: string }>
          ariaLabel={t('integration.list.filterType')}
          values={filterValues}
          onSearch={(v) => setQuery({ filters: { type: v.type ?? '' } })}
          onReset={() => setQuery({ filters: {} })}
        >
          {[
            <Form.Item key="type" name="type" label={t('integration.list.filterType')}>
              <Select
                allowClear
                placeholder={t('integration.list.allTypes')}
                options={IMPORT_TYPES.map((v) => ({ value: v, label: t(`integration.types.${v}`) }))}
              />
            </Form.Item>,
          ]}
        </FilterBar>
      </div>
      <div style={{ background: '#fff', padding: 16, borderRadius: 8 }}>
        <ServerTable<ImportJob>
          ariaLabel={t('integration.list.tableLabel')}
          columns={columns}
          rowKey="id"
          query={query}
          onQueryChange={setQuery}
          load={load}
          onRowOpen={(j) => navigate(`/imports/${j.id}`)}
          onClearFilters={() => setQuery({ filters: {} })}
          emptyDescription={t('integration.list.empty')}
        />
      </div>
    </>
  );
}
