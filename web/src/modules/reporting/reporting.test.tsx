import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { bucketCodes, toParams } from './agingParams';
import { bucketLabel, localName } from './labels';
import en from '../../core/i18n/bundle-en';
import { createTranslator } from '../../core/i18n/translate';
import AgingReportPage from './pages/AgingReportPage';
import DashboardPage from './pages/DashboardPage';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), {
  status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
});
const cny = (amount: string) => ({ amount, currency: 'CNY' });
const company = { id: 'c1', code: 'SH01', name: '上海示例有限公司', nameEn: 'Shanghai Example Co', baseCurrency: 'CNY', timeZone: 'Asia/Shanghai' };
const row = (key: string, code: string, nameZh: string, nameEn: string, b: string[], total: string) => ({
  key, code, nameZh, nameEn, currency: 'CNY', buckets: b.map(cny), total: cny(total), openDebit: cny(total),
  unappliedCredit: cny('0.00'), overdue: cny('0.00'),
});
const report = {
  asOf: '2026-03-31', basis: 'DUE_DATE', buckets: '30,60,90,180', labels: ['current', '1-30', '31-60', '61-90', '91-180', '>180'],
  by: 'customer', converted: false,
  rows: { items: [row('a', 'A01', '甲公司', 'Alpha Ltd', ['200.00', '0.00', '0.00', '700.00', '0.00', '0.00'], '900.00')], total: 1, page: 0, size: 50 },
  totals: [row('total', '', '', '', ['200.00', '0.00', '0.00', '700.00', '0.00', '0.00'], '900.00')],
};
const item = {
  id: 'i1', customerId: 'a', customerCode: 'A01', customerNameZh: '甲公司', customerNameEn: 'Alpha Ltd', type: 'INVOICE', side: 'DEBIT',
  documentNumber: 'INV-7', installmentNo: null, reference: null, documentDate: '2025-12-01', dueDate: '2026-01-20', valueDate: null,
  basisDate: '2026-01-20', daysPast: 70, bucket: 3, originalAmount: cny('1000.00'), openAmount: cny('700.00'), signedAmount: cny('700.00'), convertedAmount: null,
};

describe('aging settings', () => {
  it('names the buckets like the server and refuses nonsense bounds', () => {
    expect(bucketCodes(undefined)).toEqual(['current', '1-30', '31-60', '61-90', '91-180', '>180']);
    expect(bucketCodes('15, 45')).toEqual(['current', '1-15', '16-45', '>45']);
    expect(bucketCodes('60,30')).toBeNull();
    expect(bucketCodes('30,x')).toBeNull();
    const t = createTranslator('en', en);
    expect(['current', '1-30', '>180'].map((c) => bucketLabel(c, t))).toEqual(['Not yet due', '1–30 days', 'Over 180 days']);
  });

  it('reads the URL into API parameters', () => {
    expect(toParams({ asOf: '2026-03-31', basis: 'document', by: 'sales-rep', convert: 'true' }))
      .toEqual({ asOf: '2026-03-31', basis: 'document', by: 'sales-rep', buckets: undefined, companyId: undefined, currency: undefined, convert: true });
    expect(localName('zh-CN', null, 'Alpha')).toBe('Alpha');
  });
});

describe('aging report page', () => {
  it('shows a row per group with totals and drills down from an amount to its items', async () => {
    const fetch = vi.fn(async (url: string) => {
      if (url.startsWith('/api/v1/companies')) return json([company]);
      if (url.startsWith('/api/v1/reports/aging/items')) return json({ items: [item], total: 1, page: 0, size: 20 });
      return json(report);
    });
    vi.stubGlobal('fetch', fetch);
    renderApp(<AgingReportPage />, { route: '/reports/aging?asOf=2026-03-31' });
    const table = await screen.findByRole('region', { name: 'Aging rows' });
    expect(await within(table).findByText('Alpha Ltd')).toBeInTheDocument();
    expect(within(table).getByText('Totals')).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Show the items of Alpha Ltd in 61–90 days' }));
    expect(await screen.findByText('INV-7')).toBeInTheDocument();
    const itemsCall = fetch.mock.calls.map((c) => c[0]).find((u) => u.includes('/aging/items'))!;
    expect(itemsCall).toContain('group=a');
    expect(itemsCall).toContain('bucket=3');
    expect(itemsCall).toContain('asOf=2026-03-31');
  }, 60_000); // a full page with a table, a chart and a drawer: slow in jsdom on a loaded 2-core machine

  it('explains a refused setting', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.startsWith('/api/v1/companies') ? json([company])
      : json({ status: 400, code: 'LEDGER_INVALID_AGING_BUCKETS', title: 'Invalid aging buckets', detail: '60,30 are not valid' }, 400))));
    renderApp(<AgingReportPage />, { route: '/reports/aging?buckets=60,30' });
    expect(await screen.findByText('Invalid aging buckets')).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.startsWith('/api/v1/companies') ? json([company]) : json(report))));
    renderApp(<AgingReportPage />, { lang: 'zh-CN', route: '/reports/aging' });
    expect(await screen.findByText('甲公司')).toBeInTheDocument();
    expect(screen.getAllByText('61–90 天').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: '账龄报表' })).toBeInTheDocument();
  });
});

describe('dashboard', () => {
  const month = (m: string, dso: string | null) => ({ month: m, end: `${m}-28`, receivables: cny('2300.00'), openDebit: cny('2500.00'), overdue: cny('1500.00'),
    overdueRatio: '0.6000', sales: cny('0.00'), collected: cny('500.00'), dsoStandard: null, dsoCountback: dso, cei: '25.0' });
  const dashboard = {
    companyId: 'c1', companyCode: 'SH01', companyName: '上海示例有限公司', companyNameEn: 'Shanghai Example Co', currency: 'CNY', asOf: '2026-03-20',
    receivables: cny('2300.00'), openDebit: cny('2500.00'), unappliedCredit: cny('200.00'), overdue: cny('1500.00'), overdueRatio: '0.6000',
    agingLabels: ['current', '1-30', '31-60', '61-90', '91-180', '>180'], aging: ['800.00', '1000.00', '500.00', '0.00', '0.00', '0.00'].map(cny),
    trend: [month('2026-02', '47.5'), month('2026-03', '61.2')],
    collections: { month: '2026-03', collected: cny('500.00'), target: cny('1000.00'), ratio: '0.5000' },
    topOverdue: [{ customerId: 'b', code: 'B01', nameZh: '乙公司', nameEn: 'Beta Ltd', overdue: cny('1000.00'), total: cny('1000.00') }],
  };

  it('shows every figure from one call and opens the aging from a figure', async () => {
    const fetch = vi.fn(async (url: string) => (url.startsWith('/api/v1/companies') ? json([company]) : json(dashboard)));
    vi.stubGlobal('fetch', fetch);
    renderApp(<DashboardPage />, { route: '/dashboard' });
    expect(await screen.findByText('Total open AR')).toBeInTheDocument();
    expect(screen.getByTestId('figure-receivables')).toHaveTextContent('2,300.00');
    expect(screen.getByTestId('figure-overdue')).toHaveTextContent('60.0% of open invoices');
    expect(screen.getByTestId('figure-dso')).toHaveTextContent('61.2 days');
    expect(screen.getByTestId('figure-collections')).toHaveTextContent('Target');
    expect(screen.getByText('Beta Ltd')).toBeInTheDocument();
    expect(fetch.mock.calls.filter((c) => String(c[0]).startsWith('/api/v1/reports/dashboard'))).toHaveLength(1);
  });

  it('says when there is no company yet', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json([])));
    renderApp(<DashboardPage />, { route: '/dashboard' });
    await waitFor(() => expect(screen.getByText(/There is no company yet/)).toBeInTheDocument());
  });
});
