import { AccountBookOutlined, AuditOutlined, FileTextOutlined, HomeOutlined, RollbackOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Access } from '../core/auth/access';
import type { MenuSection, PageEntry } from '../core/registry';

/**
 * THE list of pages and menu groups. To add a page: create src/modules/<module>/ (pages/, api.ts, i18n/en.json,
 * i18n/zh-CN.json) and add one line to `pages`. Menu order follows this file.
 */
export const sections: MenuSection[] = [
  { key: 'receivables', label: 'app.menu.receivables', icon: AccountBookOutlined },
  { key: 'admin', label: 'app.menu.admin', icon: SettingOutlined },
];

export const pages: PageEntry[] = [
  { path: '/', label: 'home.title', icon: HomeOutlined, menu: 'top', load: () => import('./home/pages/HomePage') },
  { path: '/invoices', label: 'invoicing.list.title', description: 'invoicing.description', icon: FileTextOutlined, menu: 'receivables', access: Access.READ, load: () => import('./invoicing/pages/InvoiceListPage') },
  { path: '/invoices/new', label: 'invoicing.form.newTitle', menu: 'none', access: Access.POST_ITEMS, load: () => import('./invoicing/pages/InvoiceFormPage') },
  { path: '/invoices/:id', label: 'invoicing.detail.title', menu: 'none', access: Access.READ, load: () => import('./invoicing/pages/InvoiceDetailPage') },
  { path: '/invoices/:id/edit', label: 'invoicing.form.editTitle', menu: 'none', access: Access.POST_ITEMS, load: () => import('./invoicing/pages/InvoiceFormPage') },
  { path: '/credit-notes', label: 'invoicing.creditNotes.title', description: 'invoicing.creditNotes.description', icon: RollbackOutlined, menu: 'receivables', access: Access.READ, load: () => import('./invoicing/pages/CreditNoteListPage') },
  { path: '/credit-notes/:id', label: 'invoicing.creditNotes.detailTitle', menu: 'none', access: Access.READ, load: () => import('./invoicing/pages/CreditNoteDetailPage') },
  { path: '/admin/audit', label: 'audit.title', description: 'audit.description', icon: AuditOutlined, menu: 'admin', access: Access.AUDIT, load: () => import('./audit/pages/AuditLogPage') },
  { path: '/account', label: 'account.title', description: 'account.description', icon: UserOutlined, menu: 'user', load: () => import('./account/pages/AccountPage') },
];
