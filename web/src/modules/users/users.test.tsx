import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../core/auth/AuthProvider';
import { renderApp } from '../../test/render';
import ChangePasswordPage from '../account/pages/ChangePasswordPage';
import { generatePassword, type UserAccount } from './api';
import { TokensDrawer } from './components/TokensDrawer';
import { UserFormModal } from './components/UserFormModal';

// antd forms and modals render slowly in jsdom on a busy machine
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

function server(handler: (method: string, url: string, body: unknown) => Response | undefined) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, body });
    return handler(method, url, body) ?? json({ id: 'me', username: 'admin', roles: ['ADMIN'], language: 'en', enabled: true });
  }));
  return calls;
}

const USER: UserAccount = { id: 'u7', username: 'li.na', displayName: '李娜', email: null, roles: ['AR_CLERK'], language: 'zh-CN', enabled: true, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', lastLoginAt: null };

describe('user administration', () => {
  it('creates a user with roles and puts the server’s complaints on the fields', async () => {
    const calls = server((method, url) => (method === 'POST' && url === '/api/v1/users'
      ? json({ status: 400, code: 'VALIDATION_FAILED', title: 'Invalid request', errors: [
          { field: 'username', message: 'The username li.na is taken' }, { field: 'password', message: 'Too weak' }] }, 400)
      : undefined));
    renderApp(<AuthProvider><UserFormModal open user={null} onClose={() => {}} onSaved={() => {}} /></AuthProvider>);
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'li.na' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'secret-1234' } });
    await userEvent.click(screen.getByRole('checkbox', { name: /AR clerk/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Username').closest('.ant-form-item')).toHaveTextContent('The username li.na is taken'));
    expect(screen.getByLabelText('Password').closest('.ant-form-item')).toHaveTextContent('Too weak');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ username: 'li.na', displayName: null, email: null, password: 'secret-1234', roles: ['AR_CLERK'], language: 'zh-CN' });
  });

  it('shows a new API token’s secret once', async () => {
    server((method, url) => {
      if (method === 'POST' && url === '/api/v1/users/u7/tokens') return json({ token: { id: 't1', name: 'ERP sync', createdAt: '2026-03-01T00:00:00Z', expiresAt: null, lastUsedAt: null, revokedAt: null, active: true }, secret: 'oar_s3cr3t' }, 201);
      if (url === '/api/v1/users/u7/tokens') return json([]);
      return undefined;
    });
    renderApp(<TokensDrawer user={USER} onClose={() => {}} />);
    expect(await screen.findByText('No API tokens')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'ERP sync' } });
    await userEvent.click(screen.getByRole('button', { name: /Create token/ }));
    expect(await screen.findByTestId('token-secret')).toHaveTextContent('oar_s3cr3t');
    expect(screen.getByText('Copy the secret now: it will never be shown again.')).toBeInTheDocument();
  });

  it('generates strong passwords from the crypto source', () => {
    const a = generatePassword();
    expect(a).toHaveLength(16);
    expect(a).toMatch(/[A-Z]/);
    expect(a).toMatch(/[a-z]/);
    expect(a).toMatch(/\d/);
    expect(generatePassword()).not.toBe(a);
  });
});

describe('changing one’s password', () => {
  it('checks the repetition in the browser and the current password on the server', async () => {
    const calls = server((method) => (method === 'POST'
      ? json({ status: 400, code: 'IDENTITY_WRONG_CURRENT_PASSWORD', title: 'Wrong password', errors: [{ field: 'currentPassword', message: 'The current password is wrong' }] }, 400)
      : undefined));
    renderApp(<ChangePasswordPage />);
    fireEvent.change(screen.getByLabelText('Current password'), { target: { value: 'old-pass-1' } });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'new-pass-12345' } });
    fireEvent.change(screen.getByLabelText('New password again'), { target: { value: 'new-pass-1234' } });
    await userEvent.click(screen.getByTestId('change-password'));
    expect(await screen.findByText('The two new passwords differ')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('New password again'), { target: { value: 'new-pass-12345' } });
    await userEvent.click(screen.getByTestId('change-password'));
    await waitFor(() => expect(screen.getByLabelText('Current password').closest('.ant-form-item')).toHaveTextContent('The current password is wrong'));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/v1/auth/me/password', body: { currentPassword: 'old-pass-1', newPassword: 'new-pass-12345' } });
  });
});
