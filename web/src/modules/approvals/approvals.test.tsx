import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import type { Approval } from './api';
import { DecisionModal } from './components/DecisionModal';

// antd forms and modals render slowly in jsdom on a busy machine
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

const APPROVAL: Approval = {
  id: 'a1', type: 'customers.credit-limit', subjectType: 'customers.customer', subjectId: 'c1',
  summary: 'C-1 ACME: 100000.00 CNY -> 250000.00 CNY (renewal)', amount: { amount: '250000.00', currency: 'CNY' },
  payload: { code: 'C-1', name: 'ACME', currentLimit: { amount: '100000.00', currency: 'CNY' }, creditLimit: { amount: '250000.00', currency: 'CNY' }, reason: 'Framework contract renewed' },
  status: 'PENDING', deciderRoles: ['CREDIT_MANAGER', 'CONTROLLER'], requestedBy: 'u2', requestedByName: 'zhang.clerk', requestedAt: '2026-03-01T02:00:00Z',
  decidedBy: null, decidedByName: null, decidedAt: null, comment: null, cancelledAt: null, cancelReason: null, canDecide: true, canCancel: false,
};

function answer(response: () => Response) {
  const calls: { url: string; body: unknown }[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return response();
  }));
  return calls;
}

describe('deciding an approval', () => {
  it('shows the credit limit change in words and approves with the comment', async () => {
    const calls = answer(() => json({ ...APPROVAL, status: 'APPROVED' }));
    const onDone = vi.fn();
    renderApp(<DecisionModal approval={APPROVAL} kind="APPROVE" onClose={() => {}} onDone={onDone} />);
    expect(screen.getByText('CN¥100,000.00')).toBeInTheDocument();
    expect(screen.getByText('CN¥250,000.00')).toBeInTheDocument();
    expect(screen.getByText('Framework contract renewed')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Comment (optional)'), 'ok');
    await userEvent.click(screen.getByTestId('confirm-decision'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls[0]).toEqual({ url: '/api/v1/approvals/a1/decision', body: { decision: 'APPROVE', comment: 'ok' } });
  });

  it('wants a reason to reject, and shows the server’s refusal on it', async () => {
    const calls = answer(() => json({ status: 400, code: 'IDENTITY_APPROVAL_COMMENT_REQUIRED', title: 'Comment required', detail: 'A rejection needs a reason.',
      errors: [{ field: 'comment', message: 'A rejection needs a reason.' }] }, 400));
    renderApp(<DecisionModal approval={APPROVAL} kind="REJECT" onClose={() => {}} onDone={() => {}} />);
    await userEvent.click(screen.getByTestId('confirm-decision'));
    expect(await screen.findByText('Say why: the requester will read it')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Reason'), '   x');
    await userEvent.click(screen.getByTestId('confirm-decision'));
    await waitFor(() => expect(screen.getByLabelText('Reason').closest('.ant-form-item')).toHaveTextContent('A rejection needs a reason.'));
  });

  it('says so when someone else decided first', async () => {
    answer(() => json({ status: 409, code: 'IDENTITY_APPROVAL_NOT_PENDING', title: 'Not pending' }, 409));
    const onDone = vi.fn();
    renderApp(<DecisionModal approval={APPROVAL} kind="APPROVE" onClose={() => {}} onDone={onDone} />);
    await userEvent.click(screen.getByTestId('confirm-decision'));
    expect(await screen.findByText('Someone else decided this request in the meantime')).toBeInTheDocument();
    expect(onDone).toHaveBeenCalledWith(null);
  });
});
