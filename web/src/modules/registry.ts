import { AuditOutlined, BankOutlined, FileTextOutlined, HomeOutlined, InteractionOutlined, SettingOutlined, TransactionOutlined, UserOutlined } from '@ant-design/icons';
import { Access } from '../core/auth/access';
import type { MenuSection, PageEntry } from '../core/registry';

/**
 * THE list of pages and menu groups. To add a page: create src/modules/<module>/ (pages/, api.ts, i18n/en.json,
 * i18n/zh-CN.json) and add one line to `pages`. Menu order follows this file.
 */
export const sections: MenuSection[] = [
  { key: 'cash', label: 'cashapp.menu', icon: TransactionOutlined },
  { key: 'admin', label: 'app.menu.admin', icon: SettingOutlined },
];

export const pages: PageEntry[] = [
  { path: '/', label: 'home.title', icon: HomeOutlined, menu: 'top', load: () => import('./home/pages/HomePage') },
  { path: '/cash/statements', label: 'cashapp.statements.title', description: 'cashapp.statements.description', icon: FileTextOutlined, menu: 'cash', access: Access.READ_ALL, load: () => import('./cashapp/pages/StatementsPage') },
  { path: '/cash/reconcile', label: 'cashapp.reconcile.title', description: 'cashapp.reconcile.description', icon: InteractionOutlined, menu: 'cash', access: Access.READ_ALL, load: () => import('./cashapp/pages/ReconcilePage') },
  { path: '/cash/bank-accounts', label: 'cashapp.bankAccounts.title', description: 'cashapp.bankAccounts.description', icon: BankOutlined, menu: 'cash', access: Access.READ_ALL, load: () => import('./cashapp/pages/BankAccountsPage') },
  { path: '/admin/audit', label: 'audit.title', description: 'audit.description', icon: AuditOutlined, menu: 'admin', access: Access.AUDIT, load: () => import('./audit/pages/AuditLogPage') },
  { path: '/account', label: 'account.title', description: 'account.description', icon: UserOutlined, menu: 'user', load: () => import('./account/pages/AccountPage') },
];
