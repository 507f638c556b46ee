// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pages, sections } from '../modules/registry';
import { buildMenu, matchEntry, safeRedirect } from './menu';

/** Every role reads reports (a sales rep only about its own customers). */
const REPORTS = ['reporting.dashboard.title', 'reporting.menu', '  reporting.aging.title', '  reporting.kpis.title'];

const labels = (roles: string[]) =>
  buildMenu(pages, sections, roles).flatMap((n) => (n.children ? [n.label, ...n.children.map((c) => `  ${c.label}`)] : [n.label]));

describe('side menu', () => {
  it('shows the audit log to those who may read it', () => {
    for (const role of ['ADMIN', 'AUDITOR', 'CONTROLLER']) {
      expect(labels([role])).toEqual(['home.title', ...REPORTS, 'app.menu.admin', '  audit.title']);
    }
  });

  it('hides sections with nothing the user may open', () => {
    for (const role of ['AR_CLERK', 'COLLECTOR', 'CREDIT_MANAGER', 'SALES_REP']) {
      expect(labels([role])).toEqual(['home.title', ...REPORTS]);
    }
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
