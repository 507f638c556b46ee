// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pages, sections } from '../modules/registry';
import { buildMenu, matchEntry, parentEntry, safeRedirect } from './menu';

const labels = (roles: string[]) =>
  buildMenu(pages, sections, roles).flatMap((n) => (n.children ? [n.label, ...n.children.map((c) => `  ${c.label}`)] : [n.label]));

describe('side menu', () => {
  it('shows the audit log to those who may read it', () => {
    for (const role of ['ADMIN', 'AUDITOR', 'CONTROLLER']) {
      expect(labels([role])).toContain('  audit.title');
    }
    for (const role of ['AR_CLERK', 'COLLECTOR', 'CREDIT_MANAGER', 'SALES_REP']) {
      expect(labels([role])).not.toContain('  audit.title');
    }
  });

  it('shows each role what its rules allow, in the registry’s order', () => {
    expect(labels(['AR_CLERK'])).toEqual([
      'home.title', 'reporting.dashboard.title', 'app.menu.receivables', '  customers.title', '  invoicing.list.title', '  invoicing.creditNotes.title', '  payments.title',
      '  integration.title', 'collections.menu', '  collections.worklist.title', '  collections.runs.title', '  collections.strategies.title',
      '  collections.templates.title', '  collections.placements.title', 'cashapp.menu', '  cashapp.statements.title', '  cashapp.reconcile.title', '  cashapp.bankAccounts.title',
      'reporting.menu', '  reporting.aging.title', '  reporting.kpis.title', 'app.menu.admin', '  approvals.title',
    ]);
    expect(labels(['ADMIN'])).toContain('  users.title');
    expect(labels(['CONTROLLER'])).not.toContain('  users.title');
  });

  it('shows cash application to every role that reads operational data, not to a sales rep', () => {
    const cash = ['cashapp.menu', '  cashapp.statements.title', '  cashapp.reconcile.title', '  cashapp.bankAccounts.title'];
    for (const role of ['ADMIN', 'AR_CLERK', 'COLLECTOR', 'CREDIT_MANAGER', 'CONTROLLER', 'AUDITOR']) {
      const menu = labels([role]);
      expect(menu.slice(menu.indexOf('cashapp.menu'), menu.indexOf('cashapp.menu') + 4)).toEqual(cash);
    }
    expect(labels(['SALES_REP'])).not.toContain('cashapp.menu');
  });

  it('shows the collections section (催收) to the roles that read collections data, and a sales rep only its placements', () => {
    const full = ['collections.menu', '  collections.worklist.title', '  collections.runs.title', '  collections.strategies.title', '  collections.templates.title',
      '  collections.placements.title'];
    for (const role of ['ADMIN', 'AR_CLERK', 'COLLECTOR', 'CREDIT_MANAGER', 'CONTROLLER', 'AUDITOR']) {
      const menu = labels([role]);
      expect(menu.slice(menu.indexOf('collections.menu'), menu.indexOf('collections.menu') + full.length)).toEqual(full);
    }
    const rep = labels(['SALES_REP']);
    expect(rep.slice(rep.indexOf('collections.menu'), rep.indexOf('collections.menu') + 2)).toEqual(['collections.menu', '  collections.placements.title']);
    expect(rep).not.toContain('  collections.worklist.title');
    expect(matchEntry(pages, '/collections/customers/01a2')?.label).toBe('collections.customer.menuTitle');
    // template keys have dots: the editor's path must not end in one, or the server answers it as a file
    expect(matchEntry(pages, '/collections/templates/collections.dunning.first/edit')?.path).toBe('/collections/templates/:key/edit');
    expect(matchEntry(pages, '/collections/strategies/01a2')?.load).toBe(pages.find((p) => p.path === '/collections/strategies/:id')!.load);
  });

  it('hides sections with nothing the user may open', () => {
    expect(labels(['SALES_REP'])).toEqual(['home.title', 'reporting.dashboard.title', 'app.menu.receivables', '  customers.title', '  invoicing.list.title', '  invoicing.creditNotes.title', '  payments.title',
      'collections.menu', '  collections.placements.title', 'reporting.menu', '  reporting.aging.title', '  reporting.kpis.title']);
    expect(labels(['SALES_REP', 'AUDITOR'])).toContain('  audit.title');
  });

  it('keeps user-menu pages out of the side menu', () => {
    expect(labels(['ADMIN'])).not.toContain('account.title');
  });

  it('finds the entry of a location, including nested paths', () => {
    expect(matchEntry(pages, '/admin/audit')?.label).toBe('audit.title');
    expect(matchEntry(pages, '/admin/audit/42')?.label).toBe('audit.title');
    expect(matchEntry(pages, '/')?.label).toBe('home.title');
    expect(matchEntry(pages, '/nope')).toBeUndefined();
    expect(matchEntry(pages, '/customers/new')?.label).toBe('customers.create.title');
    expect(matchEntry(pages, '/customers/01a2-uuid')?.label).toBe('customers.title');
    expect(matchEntry(pages, '/payments/new')?.label).toBe('payments.new.title');
    expect(parentEntry(pages, matchEntry(pages, '/customers/01a2-uuid')!)?.path).toBe('/customers');
    expect(parentEntry(pages, matchEntry(pages, '/payments/new')!)?.path).toBe('/payments');
    expect(parentEntry(pages, matchEntry(pages, '/customers')!)).toBeUndefined();
  });
});

describe('registry', () => {
  it('has unique paths, and every page loads a component', async () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    for (const p of pages) {
      expect(['top', 'user', 'none', ...sections.map((s) => s.key)]).toContain(p.menu);
      expect(typeof (await p.load()).default).toBe('function');
    }
  });
});

describe('redirect after sign-in', () => {
  it('only goes to pages of this app', () => {
    expect(safeRedirect('/admin/audit?actor=admin')).toBe('/admin/audit?actor=admin');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('/login?redirect=/x')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });
});
