import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Alert, Button, Empty, Space, Table, Tooltip } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { ReloadOutlined } from '@ant-design/icons';
import type { Page } from '../api/types';
import { describeError } from '../api/describeError';
import { useI18n } from '../i18n/I18nProvider';
import { formatNumber } from '../format/numbers';
import { PAGE_SIZES, type TableQuery } from './useTableQuery';

export interface ServerTableProps<T> {
  /** Names the table for screen readers ("Audit log entries"). */
  ariaLabel: string;
  columns: ColumnsType<T>;
  rowKey: keyof T & string;
  query: TableQuery;
  onQueryChange: (patch: Partial<TableQuery>) => void;
  /** Loads one page; aborted when the query changes before it answers. Keep it stable (useCallback). */
  load: (query: TableQuery, signal: AbortSignal) => Promise<Page<T>>;
  /** Enter on a focused row, or a double click: open its detail. */
  onRowOpen?: (row: T) => void;
  expandable?: TableProps<T>['expandable'];
  /** Checkboxes for bulk actions (keep the selected keys in the page's state). */
  rowSelection?: TableProps<T>['rowSelection'];
  /** Shown above the table on the right (export, bulk actions). */
  toolbar?: ReactNode;
  emptyDescription?: ReactNode;
  /** With filters active an empty result offers to clear them. */
  onClearFilters?: () => void;
  /** Change to reload with the same query (after an edit elsewhere). */
  reloadKey?: unknown;
  /** Fixed rows under the data (totals of a report). */
  summary?: TableProps<T>['summary'];
}

interface Loaded<T> {
  key: string;
  page?: Page<T>;
  error?: unknown;
}

function moveFocus(from: HTMLElement, to: 'next' | 'prev' | 'first' | 'last') {
  const body = from.closest('tbody');
  if (!body) return;
  // direct rows only: an expanded row may hold a nested table with rows of its own
  const rows = Array.from(body.querySelectorAll<HTMLElement>(':scope > tr[data-row-key]'));
  const i = rows.indexOf(from);
  const target = to === 'first' ? rows[0] : to === 'last' ? rows[rows.length - 1] : rows[i + (to === 'next' ? 1 : -1)];
  target?.focus();
}

/**
 * A server-side paged, sorted, filtered list with loading, empty and error states; rows are focusable and move with
 * the arrow keys (Home/End, Enter opens). Sortable columns set `sorter: true` and a `key` equal to the API sort field.
 */
export function ServerTable<T extends object>(props: ServerTableProps<T>) {
  const { ariaLabel, columns, rowKey, query, onQueryChange, load, onRowOpen, expandable, rowSelection, toolbar, emptyDescription, onClearFilters, reloadKey, summary } = props;
  const { t, lang } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [data, setData] = useState<Loaded<T> | null>(null);
  const [failure, setFailure] = useState<Loaded<T> | null>(null);

  const queryJson = JSON.stringify(query);
  const requestKey = `${attempt}#${String(reloadKey ?? '')}#${queryJson}`;
  useEffect(() => {
    const controller = new AbortController();
    load(JSON.parse(queryJson) as TableQuery, controller.signal)
      .then((page) => {
        if (!controller.signal.aborted) setData({ key: requestKey, page });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailure({ key: requestKey, error });
      });
    return () => controller.abort();
  }, [requestKey, queryJson, load]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const failed = failure?.key === requestKey;
  const status: 'loading' | 'ok' | 'error' = failed ? 'error' : data?.key === requestKey ? 'ok' : 'loading';
  const state = { status, error: failure?.error };
  const page = data?.page ?? null; // while the next page loads, the last one stays on screen
  const filtersActive = Object.keys(query.filters).length > 0;

  const sortField = query.sort?.replace(/^-/, '');
  const sortOrder = query.sort?.startsWith('-') ? 'descend' : 'ascend';
  const controlledColumns = columns.map((c) =>
    c.sorter ? { ...c, sortOrder: sortField && c.key === sortField ? sortOrder : null, sortDirections: ['ascend', 'descend'] as const } : c,
  ) as ColumnsType<T>;

  const onChange: TableProps<T>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
      const key = s?.columnKey ? String(s.columnKey) : undefined;
      onQueryChange({ sort: key && s?.order ? (s.order === 'descend' ? `-${key}` : key) : '' });
    } else if (extra.action === 'paginate') {
      const size = pagination.pageSize ?? query.size;
      onQueryChange(size !== query.size ? { size, page: 0 } : { page: (pagination.current ?? 1) - 1 });
    }
  };

  const onRowKeyDown = (row: T) => (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return; // keys inside a cell's own controls stay theirs
    const keys: Record<string, 'next' | 'prev' | 'first' | 'last'> = { ArrowDown: 'next', ArrowUp: 'prev', Home: 'first', End: 'last' };
    const move = keys[e.key];
    if (move) {
      e.preventDefault();
      moveFocus(e.currentTarget, move);
    } else if (e.key === 'Enter' && onRowOpen) {
      e.preventDefault();
      onRowOpen(row);
    }
  };

  const total = page?.total ?? 0;
  const exact = page?.totalExact !== false; // a large result's total is estimated by the server
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtersActive ? t('core.table.noMatch') : (emptyDescription ?? t('core.table.empty'))}
    >
      {filtersActive && onClearFilters && <Button onClick={onClearFilters}>{t('core.table.clearFilters')}</Button>}
    </Empty>
  );

  return (
    <section aria-label={ariaLabel} aria-busy={state.status === 'loading'} className="server-table">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12, gap: 8, flexWrap: 'wrap' }}>
        <span role="status" aria-live="polite" style={{ color: 'rgba(0,0,0,0.45)' }}>
          {state.status === 'loading' && !page ? t('core.table.loading') : t(exact ? 'core.table.count' : 'core.table.countAbout', { count: total })}
        </span>
        <Space wrap>
          {toolbar}
          <Tooltip title={t('core.table.reload')}>
            <Button icon={<ReloadOutlined />} aria-label={t('core.table.reload')} onClick={retry} loading={state.status === 'loading'} />
          </Tooltip>
        </Space>
      </div>
      {state.status === 'error' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={describeError(state.error, t).title}
          description={describeError(state.error, t).detail}
          action={<Button onClick={retry}>{t('core.actions.retry')}</Button>}
        />
      )}
      <Table<T>
        columns={controlledColumns}
        dataSource={state.status === 'error' ? [] : (page?.items ?? [])}
        rowKey={rowKey}
        loading={state.status === 'loading'}
        onChange={onChange}
        expandable={expandable}
        rowSelection={rowSelection}
        summary={summary}
        size="middle"
        sticky
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: state.status === 'loading' ? ' ' : state.status === 'error' ? t('core.table.failed') : empty }}
        onRow={(row, index) => ({
          tabIndex: 0,
          'aria-rowindex': (index ?? 0) + 2,
          onKeyDown: onRowKeyDown(row),
          onDoubleClick: onRowOpen ? () => onRowOpen(row) : undefined,
        }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: query.page + 1,
          pageSize: query.size,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showQuickJumper: total > query.size * 5,
          showTotal: (all, [from, to]) =>
            t(exact ? 'core.table.range' : 'core.table.rangeAbout', { from: formatNumber(from, lang), to: formatNumber(to, lang), total: formatNumber(all, lang) }),
          hideOnSinglePage: false,
        }}
      />
    </section>
  );
}
