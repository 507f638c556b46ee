import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router';
import { renderApp } from '../../test/render';
import { ApiError } from '../api/problem';
import type { Page } from '../api/types';
import { ServerTable } from './ServerTable';
import { useTableQuery, type TableQuery } from './useTableQuery';

interface Row {
  id: number;
  name: string;
}

const rows = (n: number, from = 1): Row[] => Array.from({ length: n }, (_, i) => ({ id: from + i, name: `Customer ${from + i}` }));

function Harness({ load, onOpen }: { load: (q: TableQuery, s: AbortSignal) => Promise<Page<Row>>; onOpen?: (r: Row) => void }) {
  const [query, setQuery] = useTableQuery({ size: 20, filterKeys: ['name'] });
  const location = useLocation();
  return (
    <>
      <output data-testid="url">{location.search}</output>
      <ServerTable<Row>
        ariaLabel="Customers"
        rowKey="id"
        columns={[{ title: 'Name', dataIndex: 'name', key: 'name', sorter: true }]}
        query={query}
        onQueryChange={setQuery}
        load={load}
        onRowOpen={onOpen}
        onClearFilters={() => setQuery({ filters: {} })}
      />
    </>
  );
}

describe('ServerTable', () => {
  it('loads a page, shows the total and pages on the server', async () => {
    const load = vi.fn(async (q: TableQuery) => ({ items: rows(20, q.page * 20 + 1), total: 45, page: q.page, size: q.size }));
    renderApp(<Harness load={load} />);
    expect(await screen.findByText('Customer 1')).toBeInTheDocument();
    expect(screen.getByText('45 records')).toBeInTheDocument();
    expect(screen.getByText('1–20 of 45')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Customers' })).toBeInTheDocument();
    await userEvent.click(screen.getByTitle('2'));
    expect(await screen.findByText('Customer 21')).toBeInTheDocument();
    expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1, size: 20 }), expect.any(AbortSignal));
    expect(screen.getByTestId('url')).toHaveTextContent('?page=2');
  });

  it('says "about" when the server estimated the total of a large result', async () => {
    const load = vi.fn(async (q: TableQuery) => ({ items: rows(20, q.page * 20 + 1), total: 1000000, page: q.page, size: q.size, totalExact: false }));
    renderApp(<Harness load={load} />);
    expect(await screen.findByText('about 1,000,000 records')).toBeInTheDocument();
    expect(screen.getByText('1–20 of about 1,000,000')).toBeInTheDocument();
  });

  it('sorts on the server with the API’s field / -field convention', async () => {
    const load = vi.fn(async (q: TableQuery) => ({ items: rows(3), total: 3, page: q.page, size: q.size }));
    renderApp(<Harness load={load} />);
    await screen.findByText('Customer 1');
    await userEvent.click(screen.getAllByText('Name')[0]!);
    await waitFor(() => expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name' }), expect.any(AbortSignal)));
    await userEvent.click(screen.getAllByText('Name')[0]!);
    await waitFor(() => expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ sort: '-name' }), expect.any(AbortSignal)));
    expect(screen.getByTestId('url')).toHaveTextContent('sort=-name');
  });

  it('says when nothing matches the filters and offers to clear them', async () => {
    const load = vi.fn(async (q: TableQuery) => (q.filters.name ? { items: [], total: 0, page: 0, size: 20 } : { items: rows(2), total: 2, page: 0, size: 20 }));
    renderApp(<Harness load={load} />, { route: '/?name=zzz' });
    expect(await screen.findByText('Nothing matches these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Customer 1')).toBeInTheDocument();
  });

  it('shows an empty list as such', async () => {
    renderApp(<Harness load={async () => ({ items: [], total: 0, page: 0, size: 20 })} />);
    expect(await screen.findByText('No data yet')).toBeInTheDocument();
  });

  it('shows the server’s error and recovers on retry', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new ApiError(503, 'DB_DOWN', { status: 503, title: 'Database unavailable', detail: 'Try again shortly' });
      return { items: rows(1), total: 1, page: 0, size: 20 };
    });
    renderApp(<Harness load={load} />);
    expect(await screen.findByText('Database unavailable')).toBeInTheDocument();
    expect(screen.getByText('Try again shortly')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Customer 1')).toBeInTheDocument();
    expect(screen.queryByText('Database unavailable')).toBeNull();
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const open = vi.fn();
    renderApp(<Harness load={async () => ({ items: rows(3), total: 3, page: 0, size: 20 })} onOpen={open} />);
    await screen.findByText('Customer 1');
    // a nested table (an expanded row's detail) must not catch the focus
    const nested = document.createElement('tr');
    nested.innerHTML = '<td><table><tbody><tr data-row-key="inner"><td>inner</td></tr></tbody></table></td>';
    screen.getByText('Customer 1').closest('tr')!.after(nested);
    const first = (await screen.findByText('Customer 1')).closest('tr')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByText('Customer 2').closest('tr'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByText('Customer 3').closest('tr'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(open).toHaveBeenCalledWith({ id: 3, name: 'Customer 3' });
  });

  it('speaks Chinese in Chinese', async () => {
    renderApp(<Harness load={async () => ({ items: rows(20), total: 1234, page: 0, size: 20 })} />, { lang: 'zh-CN' });
    expect(await screen.findByText('共 1,234 条')).toBeInTheDocument();
    expect(screen.getByText('第 1-20 条，共 1,234 条')).toBeInTheDocument();
  });
});
