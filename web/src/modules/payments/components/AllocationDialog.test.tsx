import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import { AllocationDialog, type AllocationTarget } from './AllocationDialog';

// antd forms and modals render slowly in jsdom on a busy machine
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
const cny = (amount: string) => ({ amount, currency: 'CNY' });

function item(id: string, number: string, open: string, due: string, terms: string | null = null) {
  return {
    id, companyId: 'co', customerId: 'cust-1', type: 'INVOICE', side: 'DEBIT', documentNumber: number, installmentNo: null,
    originalAmount: cny(open), openAmount: cny(open), documentDate: '2026-03-01', dueDate: due, valueDate: null, paymentTerms: terms,
    reference: null, description: null, status: 'OPEN', reversesItemId: null, createdAt: '2026-03-01T00:00:00Z', createdBy: 'clerk',
  };
}

const DEBITS = [item('d1', 'INV-001', '1000.00', '2026-03-31', '2/10,NET30'), item('d2', 'INV-002', '250.50', '2026-04-15'), item('d3', 'INV-003', '80.00', '2026-05-01')];

interface Call { url: string; method: string; body: unknown; headers: Headers }

/** A ledger that lists three open invoices, offers 2% on the first, and answers the post with `answer`. */
function ledger(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const call = { url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined, headers: new Headers(init.headers) };
    calls.push(call);
    if (url.startsWith('/api/v1/ledger/items?')) return json({ items: DEBITS, total: 3, page: 0, size: 500 });
    if (url.startsWith('/api/v1/ledger/items/d1/discount')) {
      return json({ itemId: 'd1', paymentDate: '2026-03-05', open: cny('1000.00'), percent: '2', discount: cny('20.00'), payable: cny('980.00'), windowEndsOn: '2026-03-11' });
    }
    return answer(call);
  }));
  return calls;
}

const receipt = (amount: string): AllocationTarget => ({
  kind: 'new',
  receipt: { type: 'PAYMENT', customerId: 'cust-1', documentNumber: 'RC-1', amount: cny(amount), valueDate: '2026-03-05', reference: null, description: null },
});

const totals = () => screen.getByTestId('allocation-totals');

describe('the allocation dialog', () => {
  it('proposes the oldest invoices first with the discount each earns, and posts exact amounts once with an Idempotency-Key', async () => {
    const onDone = vi.fn();
    const calls = ledger(() => json({ credit: { ...item('rc', 'RC-1', '1300.00', '2026-03-05'), side: 'CREDIT', type: 'PAYMENT' }, lines: [] }, 201));
    renderApp(<AllocationDialog open target={receipt('1300.00')} customerLabel="C-1 · ACME" onClose={() => {}} onDone={onDone} />);

    await waitFor(() => expect(totals()).toHaveTextContent('CN¥1,300.00'));
    // INV-001 settled by 980.00 + 20.00 discount, INV-002 in full, INV-003 gets the last 69.50
    expect(screen.getByLabelText('Amount applied to INV-001')).toHaveValue('980.00');
    expect(screen.getByLabelText('Amount applied to INV-002')).toHaveValue('250.50');
    expect(screen.getByLabelText('Amount applied to INV-003')).toHaveValue('69.50');
    expect(screen.getByText('CN¥20.00 discount')).toBeInTheDocument();
    expect(within(totals()).getByTestId('allocated-total')).toHaveTextContent('CN¥1,300.00');
    expect(within(totals()).getByTestId('remaining-total')).toHaveTextContent('CN¥0.00');
    expect(calls.find((c) => c.url.includes('/discount'))!.url).toContain('paymentDate=2026-03-05');

    await userEvent.click(screen.getByRole('button', { name: 'Post receipt and apply to 3 invoices' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/v1/ledger/receipts');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.body).toEqual({
      type: 'PAYMENT', customerId: 'cust-1', documentNumber: 'RC-1', amount: cny('1300.00'), valueDate: '2026-03-05', reference: null, description: null,
      allocations: [
        { debitItemId: 'd1', amount: cny('980.00'), takeDiscount: true },
        { debitItemId: 'd2', amount: cny('250.50'), takeDiscount: false },
        { debitItemId: 'd3', amount: cny('69.50'), takeDiscount: false },
      ],
    });
  });

  it('keeps a live remaining total and refuses to post more than the receipt', async () => {
    ledger(() => json({}, 500));
    renderApp(<AllocationDialog open target={receipt('300.00')} customerLabel="C-1" onClose={() => {}} onDone={() => {}} />);
    await waitFor(() => expect(screen.getByLabelText('Amount applied to INV-001')).toHaveValue('300.00'));

    const second = screen.getByLabelText('Amount applied to INV-002');
    fireEvent.change(second, { target: { value: '0.01' } });
    await waitFor(() => expect(within(totals()).getByTestId('remaining-total')).toHaveTextContent('-CN¥0.01'));
    expect(totals()).toHaveTextContent('Over-allocated by');
    expect(screen.getByRole('button', { name: /Post receipt and apply/ })).toBeDisabled();

    fireEvent.change(screen.getByLabelText('Amount applied to INV-001'), { target: { value: '299.99' } });
    await waitFor(() => expect(within(totals()).getByTestId('remaining-total')).toHaveTextContent('CN¥0.00'));
    expect(screen.getByRole('button', { name: 'Post receipt and apply to 2 invoices' })).toBeEnabled();

    fireEvent.change(screen.getByLabelText('Amount applied to INV-003'), { target: { value: '80.01' } });
    expect(await screen.findByText('More than is open')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Post receipt and apply/ })).toBeDisabled();
  });

  it('explains a busy payment and keeps the same key when the clerk retries the same allocation', async () => {
    let attempt = 0;
    const calls = ledger(() => (++attempt === 1
      ? json({ status: 409, code: 'LEDGER_ITEM_BUSY', title: 'Item busy', detail: 'Locked by another transaction' }, 409)
      : json({ credit: item('rc', 'RC-1', '80.00', '2026-03-05'), lines: [] }, 201)));
    const onDone = vi.fn();
    const existing: AllocationTarget = { kind: 'existing', credit: { ...item('rc', 'RC-9', '80.00', '2026-03-05'), side: 'CREDIT', type: 'PAYMENT', valueDate: '2026-03-05', dueDate: null } as never };
    renderApp(<AllocationDialog open target={existing} customerLabel="C-1" onClose={() => {}} onDone={onDone} />);
    await waitFor(() => expect(screen.getByLabelText('Amount applied to INV-001')).toHaveValue('80.00'));

    await userEvent.click(screen.getByRole('button', { name: 'Apply to 1 invoice' }));
    expect(await screen.findByText('Someone else is working on this payment')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.url).toBe('/api/v1/ledger/allocations');
    expect(posts[0]!.body).toEqual({ creditItemId: 'rc', note: null, lines: [{ debitItemId: 'd1', amount: cny('80.00'), takeDiscount: true }] }); // a part payment: wanted, not earned
    expect(posts[1]!.headers.get('Idempotency-Key')).toBe(posts[0]!.headers.get('Idempotency-Key'));
  });

  it('puts a server error about one line on that invoice', async () => {
    ledger(() => json({ status: 422, code: 'LEDGER_OVER_ALLOCATION_AS_OF', title: 'Over-allocation', detail: 'Check the marked line',
      errors: [{ field: 'allocations[1].amount', message: 'INV-002 was not yet open on 2026-03-05' }] }, 422));
    renderApp(<AllocationDialog open target={receipt('1300.00')} customerLabel="C-1" onClose={() => {}} onDone={() => {}} />);
    await waitFor(() => expect(screen.getByLabelText('Amount applied to INV-002')).toHaveValue('250.50'));
    await userEvent.click(screen.getByRole('button', { name: /Post receipt and apply/ }));
    const row = (await screen.findByText('INV-002 was not yet open on 2026-03-05')).closest('tr')!;
    expect(within(row).getByText('INV-002')).toBeInTheDocument();
  });
});
