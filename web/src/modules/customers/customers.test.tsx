import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { AuthProvider } from '../../core/auth/AuthProvider';
import { renderApp } from '../../test/render';
import type { Customer } from './api';
import { EditCustomerDrawer } from './components/EditCustomerDrawer';
import { describeTerms, parseTerms, utilisation } from './format';
import CustomerCreatePage from './pages/CustomerCreatePage';
import { createTranslator } from '../../core/i18n/translate';
import en from '../../core/i18n/bundle-en';
import zh from '../../core/i18n/bundle-zh-CN';

// antd forms and modals render slowly in jsdom on a busy machine
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
const ME = { id: 'u1', username: 'clerk', displayName: 'Clerk', email: null, roles: ['AR_CLERK'], language: 'en', enabled: true, access: ['READ', 'MASTER_DATA'], pendingApprovals: 0 };
const COMPANY = { id: 'co1', code: 'SH01', name: '上海公司', nameEn: 'Shanghai Co', baseCurrency: 'CNY', timeZone: 'Asia/Shanghai' };

function server(routes: Record<string, (body: unknown) => Response>) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, body });
    const path = url.split('?')[0]!;
    const handler = routes[`${method} ${path}`];
    if (handler) return handler(body);
    if (path === '/api/v1/auth/me') return json(ME);
    if (path === '/api/v1/companies') return json([COMPANY]);
    if (path === '/api/v1/users/sales-reps') return json([]);
    return json({ status: 404, title: 'Not here', code: 'X' }, 404);
  }));
  return calls;
}

const itemOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('the create-customer form', () => {
  it('shows the server’s tax-id and contact errors under those fields, with no general alert', async () => {
    const calls = server({
      'POST /api/v1/customers': () => json({
        status: 400, code: 'VALIDATION_FAILED', title: 'Invalid request', detail: 'Some fields are invalid; see errors.',
        errors: [
          { field: 'taxId', code: 'CUSTOMERS_INVALID_TAX_ID', message: "'91330106MA2B123456' is not a valid unified social credit code: the check digit at position 18 is '6' but should be 'N'" },
          { field: 'contacts[0].email', code: 'CUSTOMERS_INVALID_EMAIL', message: 'not-an-email is not an email address' },
        ],
      }, 400),
    });
    renderApp(<AuthProvider><CustomerCreatePage /></AuthProvider>, { route: '/customers/new' });
    expect(await screen.findByText(/SH01/, {}, { timeout: 8000 })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Customer code'), { target: { value: 'C-100' } });
    fireEvent.change(screen.getByLabelText('Chinese name'), { target: { value: '杭州云杉科技有限公司' } });
    fireEvent.change(screen.getByLabelText('Tax ID (USCC)'), { target: { value: '91330106MA2B123456' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '李娜' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create customer' }));

    await waitFor(() => expect(itemOf('Tax ID (USCC)')).toHaveTextContent("should be 'N'"));
    expect(itemOf('Tax ID (USCC)')).toHaveClass('ant-form-item-has-error');
    expect(itemOf('Email')).toHaveTextContent('not-an-email is not an email address');
    expect(document.querySelector('.ant-alert-error')).toBeNull();

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      companyId: 'co1', code: 'C-100', nameZh: '杭州云杉科技有限公司', taxId: '91330106MA2B123456', country: 'CN', tier: 'B', status: 'ACTIVE',
      creditLimit: null, paymentTerms: 'NET30', contacts: [{ name: '李娜', role: 'BILLING', primary: true, email: null, phone: null }], addresses: [], aliases: [],
    });
  });

  it('opens the new customer’s 360° page once it is created', async () => {
    server({ 'POST /api/v1/customers': () => json({ id: 'c9', code: 'C-9' }, 201) });
    renderApp(
      <AuthProvider>
        <Routes>
          <Route path="/customers/new" element={<CustomerCreatePage />} />
          <Route path="/customers/:id" element={<p>customer page</p>} />
        </Routes>
      </AuthProvider>,
      { route: '/customers/new' },
    );
    expect(await screen.findByText(/SH01/, {}, { timeout: 8000 })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Customer code'), { target: { value: 'C-9' } });
    fireEvent.change(screen.getByLabelText('English name'), { target: { value: 'Globex' } });
    await userEvent.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('customer page')).toBeInTheDocument();
  });
});

const CUSTOMER: Customer = {
  id: 'c1', companyId: 'co1', code: 'C-1', nameZh: '甲', nameEn: 'Alpha', taxId: null, country: 'CN', region: null, tier: 'B', creditLimit: null,
  paymentTerms: 'NET30', salesRepId: null, status: 'ACTIVE', tags: [], version: 3, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z',
  addresses: [], contacts: [], bankAccounts: [], aliases: [],
};

describe('editing a customer', () => {
  it('sends the version it read, and after a 409 offers the latest version instead of overwriting', async () => {
    const calls = server({
      'PUT /api/v1/customers/c1': () => json({ status: 409, code: 'CUSTOMERS_STALE_VERSION', title: 'Changed by someone else', detail: 'Now version 4' }, 409),
    });
    const reload = vi.fn(async () => ({ ...CUSTOMER, nameEn: 'Alpha Holdings', version: 4 }));
    renderApp(
      <AuthProvider>
        <EditCustomerDrawer customer={CUSTOMER} open onClose={() => {}} onSaved={() => {}} reps={[]} currency="CNY" reloadCustomer={reload} />
      </AuthProvider>,
    );
    const name = await screen.findByLabelText('English name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Alpha Ltd');
    await userEvent.click(screen.getByTestId('save-customer-edit'));

    expect(await screen.findByText('Someone else changed this customer')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ version: 3, nameEn: 'Alpha Ltd' });
    expect(screen.getByTestId('save-customer-edit')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Load the latest version' }));
    await waitFor(() => expect(screen.getByLabelText('English name')).toHaveValue('Alpha Holdings'));
    expect(reload).toHaveBeenCalled();
    expect(screen.queryByText('Someone else changed this customer')).toBeNull();
  });
});

describe('customer formatting', () => {
  it('explains payment terms in both languages', () => {
    expect(parseTerms('2/10,1/20,NET45')).toEqual({ basis: 'NET', days: 45, discounts: [{ percent: '2', days: 10 }, { percent: '1', days: 20 }] });
    expect(parseTerms('whatever')).toBeNull();
    expect(describeTerms('2/10,NET30', createTranslator('en', en))).toBe('2% off within 10 days; net 30 days');
    expect(describeTerms('EOM60', createTranslator('zh-CN', zh))).toBe('月结 60 天');
  });

  it('measures credit used exactly, only in the limit’s currency', () => {
    expect(utilisation({ amount: '33738.24', currency: 'CNY' }, { amount: '800000.00', currency: 'CNY' })).toBe(0.042);
    expect(utilisation({ amount: '1.00', currency: 'USD' }, { amount: '800000.00', currency: 'CNY' })).toBeNull();
    expect(utilisation({ amount: '1.00', currency: 'CNY' }, null)).toBeNull();
  });
});
