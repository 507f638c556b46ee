import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../core/auth/AuthProvider';
import { renderApp } from '../../test/render';
import type { ImportResult, Line, LineDetail } from './api';
import { ImportSummary } from './components/ImportSummary';
import { handleKey, type ShortcutHandlers } from './components/useShortcuts';
import ReconcilePage from './pages/ReconcilePage';

afterEach(() => vi.unstubAllGlobals());

/** Rendering antd on a busy machine can take seconds; the default 1 s wait would be flaky. */
const slow = { timeout: 8000 };
const cny = (amount: string) => ({ amount, currency: 'CNY' });

function line(id: string, status: Line['status'], payer: string): Line {
  return {
    id, statementId: 's1', companyId: 'c1', ordinal: 1, lineRef: `R-${id}`, bookingDate: '2026-03-02', valueDate: '2026-03-02',
    amount: cny('1250.00'), payerName: payer, payerAccount: '', remittance: `payment ${id}`, structuredRefs: [], endToEndId: '',
    bankReference: `B-${id}`, booked: true, status, resolution: null, engineStatus: status, confidence: 0.8, customerId: null,
    customerName: null, note: null, resolvedAt: null, resolvedBy: null, version: 3,
  };
}

function detail(l: Line, withSuggestion: boolean): LineDetail {
  return {
    line: l, notes: [], posting: null, history: [], duplicateOf: null,
    suggestions: withSuggestion ? [{
      rank: 0, customerId: 'cust-1', customerName: '上海顶峰贸易有限公司', onAccount: cny('0.00'), confidence: 0.82, blocker: null, blockerText: null,
      allocations: [{ itemId: 'i1', documentNumber: 'INV-2026-0042', customerId: 'cust-1', customerName: '上海顶峰贸易有限公司',
        applied: cny('1250.00'), discount: cny('0.00'), writeOff: cny('0.00'), itemOpen: cny('1250.00') }],
      reasons: [{ key: 'reason.AMOUNT_EXACT', args: ['INV-2026-0042'], weight: 2, text: 'Amount equals the open amount of INV-2026-0042.' }],
    }] : [],
  };
}

function server(routes: Record<string, unknown>) {
  const calls: { method: string; url: string; body: unknown; key: string | null }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const path = url.split('?')[0]!;
    const headers = new Headers(init?.headers);
    calls.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : null, key: headers.get('Idempotency-Key') });
    const body = routes[`${init?.method ?? 'GET'} ${path}`];
    if (body === undefined) return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }));
  return calls;
}

describe('reconciliation shortcuts', () => {
  it('maps j/k, the arrows, Enter, digits and letters, and ignores modified keys', () => {
    const h = Object.fromEntries(['next', 'prev', 'accept', 'split', 'onAccount', 'notAr', 'undo', 'help'].map((k) => [k, vi.fn()])) as unknown as
      Record<keyof ShortcutHandlers, ReturnType<typeof vi.fn>>;
    const press = (key: string, ctrlKey = false) => handleKey({ key, ctrlKey, metaKey: false, altKey: false }, h as unknown as ShortcutHandlers);
    expect(press('j')).toBe(true);
    press('ArrowDown');
    press('k');
    press('Enter');
    press('3');
    press('s');
    expect(press('j', true)).toBe(false);
    expect(press('q')).toBe(false);
    expect(h.next).toHaveBeenCalledTimes(2);
    expect(h.prev).toHaveBeenCalledTimes(1);
    expect(h.accept.mock.calls).toEqual([[0], [2]]);
    expect(h.split).toHaveBeenCalledTimes(1);
  });

  it('moves between lines with j and k and posts the best suggestion with Enter', async () => {
    const l1 = line('l1', 'SUGGESTED', 'Shanghai Summit');
    const l2 = line('l2', 'UNMATCHED', 'Unknown payer');
    const calls = server({
      'GET /api/v1/auth/me': { id: 'u', username: 'clerk', displayName: 'Clerk', email: null, roles: ['AR_CLERK'], language: 'en', enabled: true },
      'GET /api/v1/cashapp/lines': { items: [l1, l2], total: 2, page: 0, size: 200 },
      'GET /api/v1/cashapp/lines/l1': detail(l1, true),
      'GET /api/v1/cashapp/lines/l2': detail(l2, false),
      'POST /api/v1/cashapp/lines/l1/accept': detail({ ...l1, status: 'MATCHED' }, false),
    });
    renderApp(<AuthProvider><ReconcilePage /></AuthProvider>, { route: '/cash/reconcile' });
    expect(await screen.findByText('Amount equals the open amount of INV-2026-0042.', {}, slow)).toBeInTheDocument();
    expect(await screen.findByTestId('accept-0', {}, slow)).toBeEnabled();

    await userEvent.keyboard('j');
    expect(await screen.findByText(/found no customer or invoice/, {}, slow)).toBeInTheDocument();
    await userEvent.keyboard('k');
    await screen.findByText('Amount equals the open amount of INV-2026-0042.', {}, slow);
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), slow);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toContain('/api/v1/cashapp/lines/l1/accept');
    expect(post.body).toEqual({ suggestion: 0, version: 3 });
    expect(post.key).toMatch(/[0-9a-f-]{36}/);
  });
});

describe('import summary', () => {
  const result: ImportResult = {
    source: 'camt053.xml', format: 'camt053',
    totals: { statements: 2, duplicateStatements: 1, duplicateEntries: 1, autoPosted: 7, queued: 2, notPosted: 0 },
    statements: [
      { id: 's1', duplicate: false, importedBefore: null, previousSource: null, bankAccountId: 'a', account: 'CN1234', statementRef: 'ST-1',
        fromDate: '2026-03-02', toDate: '2026-03-02', lines: 10, credits: 9, warnings: [],
        skippedEntries: [{ lineRef: 'R-9', amount: cny('88.00'), valueDate: '2026-03-01', originalStatementId: 's0', originalSource: 'intraday.xml' }],
        matching: { lines: 9, autoPosted: 7, suggested: 1, unmatched: 1, notPosted: 0, skipped: 0, millis: 12 } },
      { id: 's0', duplicate: true, importedBefore: '2026-03-01T10:00:00Z', previousSource: 'yesterday.xml', bankAccountId: 'a', account: 'CN1234',
        statementRef: 'ST-0', fromDate: null, toDate: null, lines: 3, credits: 3, warnings: [], skippedEntries: [], matching: null },
    ],
  };

  it('says what was posted, queued and skipped', () => {
    renderApp(<ImportSummary result={result} onAnother={() => undefined} />);
    expect(screen.getByTestId('import-summary')).toHaveTextContent('7 posted automatically · 2 waiting in the queue · 2 skipped as imported before');
    expect(screen.getByText('1 entry was imported before with another statement and is not posted again:')).toBeInTheDocument();
    expect(screen.getByText(/from yesterday\.xml/)).toBeInTheDocument();
  });

  it('in Chinese', () => {
    renderApp(<ImportSummary result={result} onAnother={() => undefined} />, { lang: 'zh-CN' });
    expect(screen.getByTestId('import-summary')).toHaveTextContent('自动过账 7 笔 · 待处理 2 笔 · 已导入过跳过 2 笔');
    expect(screen.getByRole('button', { name: '打开待处理队列' })).toBeInTheDocument();
  });
});
