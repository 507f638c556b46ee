import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { AuthProvider } from '../../core/auth/AuthProvider';
import { renderApp } from '../../test/render';
import type { Strategy, Template } from './api';
import { cleanTexts, variablePaths } from './components/TemplateForm';
import { emptyStep, toDraft, toFormValues } from './components/StrategyForm';
import StrategyEditorPage from './pages/StrategyEditorPage';
import TemplateEditorPage from './pages/TemplateEditorPage';

// antd forms render slowly in jsdom on a busy machine
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.unstubAllGlobals());
const slow = { timeout: 30_000 };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
const me = (roles: string[], language: string) => ({ id: 'u1', username: 'lead', displayName: 'Lead', email: null, roles, language, enabled: true, pendingApprovals: 0 });

function server(roles: string[], routes: Record<string, (body: unknown) => Response>, language = 'en') {
  const calls: { method: string; url: string; body: unknown }[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, body });
    const path = url.split('?')[0]!;
    const handler = routes[`${method} ${path}`];
    if (handler) return handler(body);
    if (path === '/api/v1/auth/me') return json(me(roles, language));
    return json({ status: 404, title: 'Not here', code: 'X' }, 404);
  }));
  return calls;
}

const STRATEGY: Strategy = {
  id: 's1', companyId: null, code: 'standard', version: 3, currentVersion: 3, active: true, name: 'Standard / 标准催收', description: null,
  tier: null, segment: null, priority: 100, comment: 'shipped', createdBy: 'system', createdAt: '2026-03-01T02:00:00Z',
  steps: [
    { name: 'Friendly reminder', offsetDays: -3, channel: 'EMAIL', templateKey: 'collections.dunning.predue', minOverdue: null, skipDisputed: true, skipPromised: true, minDaysSinceContact: null, agencyId: null },
    { name: 'Call', offsetDays: 21, channel: 'PHONE_TASK', templateKey: null, minOverdue: { amount: '1000.00', currency: 'CNY' }, skipDisputed: true, skipPromised: false, minDaysSinceContact: 5, agencyId: null },
  ],
};

const TEMPLATE: Template = {
  key: 'collections.dunning.first', version: 2, currentVersion: 2, archived: false, description: 'First reminder', channels: ['EMAIL'],
  comment: null, createdBy: 'system', createdAt: '2026-03-01T02:00:00Z',
  variables: [{ name: 'customer', type: 'OBJECT', required: true, description: null, example: null,
    fields: [{ name: 'name', type: 'TEXT', required: true, description: null, example: '上海示例贸易有限公司', fields: [] }] }],
  texts: {
    'zh-CN': { emailSubject: '付款提醒：{{customer.name}}', emailHtml: '<p>{{customer.name}}</p>' },
    en: { emailSubject: 'Reminder for {{customer.name}}', emailHtml: '<p>Dear {{customer.name}}</p>' },
  },
};

describe('the strategy form’s values', () => {
  it('become a request with amounts in the currency, templates only on message steps and agencies only on escalations', () => {
    const v = toFormValues(STRATEGY);
    expect(v.steps[1]!.minOverdue).toBe('1000.00');
    v.steps.push({ ...emptyStep(60), name: ' Agency ', channel: 'ESCALATE_AGENCY', templateKey: 'stale', agencyId: 'a1' });
    v.steps[1] = { ...v.steps[1]!, templateKey: 'left over' };
    const draft = toDraft(v, 'CNY');
    expect(draft.steps.map((s) => [s.offsetDays, s.channel, s.templateKey, s.agencyId])).toEqual([
      [-3, 'EMAIL', 'collections.dunning.predue', null], [21, 'PHONE_TASK', null, null], [60, 'ESCALATE_AGENCY', null, 'a1']]);
    expect(draft.steps[1]).toMatchObject({ minOverdue: { amount: '1000.00', currency: 'CNY' }, skipPromised: false, minDaysSinceContact: 5 });
    expect(draft.steps[2]).toMatchObject({ name: 'Agency', minOverdue: null, skipDisputed: true });
    expect(draft).toMatchObject({ name: 'Standard / 标准催收', tier: null, priority: 100, comment: null });
  });
});

function renderStrategy(roles: string[], routes: Record<string, (body: unknown) => Response>) {
  const calls = server(roles, {
    'GET /api/v1/collections/strategies/s1': () => json(STRATEGY),
    'GET /api/v1/collections/strategies/s1/versions': () => json([STRATEGY, { ...STRATEGY, version: 2, comment: 'older' }]),
    'GET /api/v1/notifications/templates': () => json([TEMPLATE, { ...TEMPLATE, key: 'collections.dunning.predue' }]),
    'GET /api/v1/collections/agencies': () => json([]),
    ...routes,
  });
  renderApp(<AuthProvider><Routes><Route path="/collections/strategies/:id" element={<StrategyEditorPage />} /></Routes></AuthProvider>,
    { route: '/collections/strategies/s1' });
  return calls;
}

describe('the strategy editor', () => {
  it('saves the edited steps as a new version on the version it read, and shows the history', async () => {
    const calls = renderStrategy(['CREDIT_MANAGER'], {
      'PUT /api/v1/collections/strategies/s1': (body) => json({ ...STRATEGY, ...(body as object), version: 4, currentVersion: 4 }),
    });
    const offset = await screen.findAllByLabelText('Days from due date', {}, slow);
    expect(offset).toHaveLength(2);
    expect(screen.getByText('3 days before the due date')).toBeInTheDocument();
    const versions = screen.getByTestId('strategy-versions');
    expect(within(versions).getByText('older')).toBeInTheDocument();

    fireEvent.change(offset[1]!, { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('Comment on this version'), { target: { value: 'call later' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save as new version' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true), slow);
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({ baseVersion: 3, comment: 'call later', steps: [{ offsetDays: -3 }, { offsetDays: 25, channel: 'PHONE_TASK', templateKey: null }] });
    expect(await screen.findByText('Saved as version 4.', {}, slow)).toBeInTheDocument();
  });

  it('checks offsets and templates before sending, and puts the server’s step errors on the step’s field', async () => {
    const calls = renderStrategy(['ADMIN'], {
      'PUT /api/v1/collections/strategies/s1': () => json({ status: 400, code: 'VALIDATION_FAILED', title: 'Invalid request', detail: 'see errors',
        errors: [{ field: 'steps[0].templateKey', code: 'COLLECTIONS_TEMPLATE_VARIABLES', message: 'The template uses invoice.vat, which dunning does not supply' }] }, 400),
    });
    const offset = await screen.findAllByLabelText('Days from due date', {}, slow);
    fireEvent.change(offset[0]!, { target: { value: '-120' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save as new version' }));
    expect(await screen.findByText('Between -90 and 3,650 days.', {}, slow)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(offset[0]!, { target: { value: '-5' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save as new version' }));
    const field = (await screen.findByText('The template uses invoice.vat, which dunning does not supply', {}, slow)).closest('.ant-form-item')!;
    expect(within(field as HTMLElement).getByText('Template')).toBeInTheDocument();
    expect(field).toHaveClass('ant-form-item-has-error');
  });

  it('is read-only for a collector', async () => {
    renderStrategy(['COLLECTOR'], {});
    const offset = await screen.findAllByLabelText('Days from due date', {}, slow);
    expect(offset[0]).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save as new version' })).toBeNull();
  });
});

describe('template texts', () => {
  it('list the variables by path and drop empty parts', () => {
    expect(variablePaths(TEMPLATE.variables)).toEqual(['customer', 'customer.name']);
    expect(cleanTexts({ en: { emailSubject: 'x', smsText: '' } })).toEqual({
      'zh-CN': { emailSubject: null, emailHtml: null, emailText: null, smsText: null, letterHtml: null },
      en: { emailSubject: 'x', emailHtml: null, emailText: null, smsText: null, letterHtml: null },
    });
  });
});

function renderTemplate(roles: string[], routes: Record<string, (body: unknown) => Response>) {
  const calls = server(roles, {
    'GET /api/v1/notifications/templates/collections.dunning.first': () => json(TEMPLATE),
    'GET /api/v1/notifications/templates/collections.dunning.first/versions': () => json([TEMPLATE]),
    ...routes,
  });
  renderApp(<AuthProvider><Routes><Route path="/collections/templates/:key/edit" element={<TemplateEditorPage />} /></Routes></AuthProvider>,
    { route: '/collections/templates/collections.dunning.first/edit' });
  return calls;
}

/** Renders like the server: {{customer.name}} with the sample, anything else unknown. */
function render(texts: Record<string, Record<string, string | null>>) {
  const unknown: { field: string; code: string; message: string }[] = [];
  const languages: Record<string, Record<string, string | null>> = {};
  for (const [lang, parts] of Object.entries(texts)) {
    languages[lang] = {};
    for (const [part, text] of Object.entries(parts)) {
      for (const m of (text ?? '').matchAll(/\{\{([\w.]+)\}\}/g)) {
        if (m[1] !== 'customer.name') unknown.push({ field: `texts.${lang}.${part}`, code: 'NOTIFICATIONS_UNKNOWN_VARIABLE', message: `Unknown variable ${m[1]}` });
      }
      languages[lang]![part] = text ? text.replaceAll('{{customer.name}}', '上海示例贸易有限公司') : null;
    }
  }
  return unknown.length > 0 ? json({ status: 400, code: 'VALIDATION_FAILED', title: 'Invalid template', errors: unknown }, 400) : json({ languages });
}

describe('the template editor', () => {
  it('previews both languages live, and shows an unknown variable from the preview and on the field when saving', async () => {
    const calls = renderTemplate(['CREDIT_MANAGER'], {
      'POST /api/v1/collections/template-preview': (b) => render((b as { texts: Record<string, Record<string, string | null>> }).texts),
      'PUT /api/v1/notifications/templates/collections.dunning.first': (b) => render((b as { texts: Record<string, Record<string, string | null>> }).texts),
    });
    expect(await screen.findByText('Reminder for 上海示例贸易有限公司', {}, slow)).toBeInTheDocument();
    expect(screen.getByTestId('preview-zh-CN-subject')).toHaveTextContent('付款提醒：上海示例贸易有限公司');

    const subject = document.getElementById('texts_en_emailSubject') as HTMLInputElement;
    fireEvent.change(subject, { target: { value: 'Overdue: {{customer.name}} ({{customer.vat}})' } });
    expect(await screen.findByText(/Unknown variable customer.vat/, {}, slow)).toBeInTheDocument();
    expect(screen.getByText('The template cannot be rendered')).toBeInTheDocument();
    const previews = calls.filter((c) => c.url.endsWith('/collections/template-preview'));
    expect(previews.at(-1)!.body).toMatchObject({ texts: { en: { emailSubject: 'Overdue: {{customer.name}} ({{customer.vat}})' } } });

    await userEvent.click(screen.getByRole('button', { name: 'Save as new version' }));
    await waitFor(() => expect(subject.closest('.ant-form-item')).toHaveClass('ant-form-item-has-error'), slow);
    expect(subject.closest('.ant-form-item')).toHaveTextContent('Unknown variable customer.vat');
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ baseVersion: 2, variables: TEMPLATE.variables });

    fireEvent.change(subject, { target: { value: 'Overdue: {{customer.name}}' } });
    expect(await screen.findByText('Overdue: 上海示例贸易有限公司', {}, slow)).toBeInTheDocument();
    expect(screen.queryByText('The template cannot be rendered')).toBeNull();
  });

  it('previews through the notifications API for a collector, who cannot save', async () => {
    const calls = renderTemplate(['COLLECTOR'], {
      'POST /api/v1/notifications/templates/preview': (b) => render((b as { texts: Record<string, Record<string, string | null>> }).texts),
    });
    expect(await screen.findByText('Reminder for 上海示例贸易有限公司', {}, slow)).toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('/collections/template-preview'))).toBe(false);
    expect(screen.queryByRole('button', { name: 'Save as new version' })).toBeNull();
  });

  it('shows the preview headings in Chinese', async () => {
    server(['CREDIT_MANAGER'], {
      'GET /api/v1/notifications/templates/collections.dunning.first': () => json(TEMPLATE),
      'GET /api/v1/notifications/templates/collections.dunning.first/versions': () => json([TEMPLATE]),
      'POST /api/v1/collections/template-preview': (b) => render((b as { texts: Record<string, Record<string, string | null>> }).texts),
    }, 'zh-CN');
    renderApp(<AuthProvider><Routes><Route path="/collections/templates/:key/edit" element={<TemplateEditorPage />} /></Routes></AuthProvider>,
      { route: '/collections/templates/collections.dunning.first/edit', lang: 'zh-CN' });
    expect(await screen.findByText('实时预览', {}, slow)).toBeInTheDocument();
    expect(await screen.findByText('付款提醒：上海示例贸易有限公司', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存为新版本' })).toBeInTheDocument();
  });
});
