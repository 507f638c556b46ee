import { AuditOutlined, BarChartOutlined, DashboardOutlined, FieldTimeOutlined, HomeOutlined, LineChartOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Access } from '../core/auth/access';
import type { MenuSection, PageEntry } from '../core/registry';

/**
 * THE list of pages and menu groups. To add a page: create src/modules/<module>/ (pages/, api.ts, i18n/en.json,
 * i18n/zh-CN.json) and add one line to `pages`. Menu order follows this file.
 */
export const sections: MenuSection[] = [
  { key: 'reports', label: 'reporting.menu', icon: BarChartOutlined },
  { key: 'admin', label: 'app.menu.admin', icon: SettingOutlined },
];

export const pages: PageEntry[] = [
  { path: '/', label: 'home.title', icon: HomeOutlined, menu: 'top', load: () => import('./home/pages/HomePage') },
  { path: '/dashboard', label: 'reporting.dashboard.title', description: 'reporting.dashboard.description', icon: DashboardOutlined, menu: 'top', access: Access.READ, load: () => import('./reporting/pages/DashboardPage') },
  { path: '/reports/aging', label: 'reporting.aging.title', description: 'reporting.aging.description', icon: FieldTimeOutlined, menu: 'reports', access: Access.READ, load: () => import('./reporting/pages/AgingReportPage') },
  { path: '/reports/kpis', label: 'reporting.kpis.title', description: 'reporting.kpis.description', icon: LineChartOutlined, menu: 'reports', access: Access.READ, load: () => import('./reporting/pages/KpiPage') },
  { path: '/admin/audit', label: 'audit.title', description: 'audit.description', icon: AuditOutlined, menu: 'admin', access: Access.AUDIT, load: () => import('./audit/pages/AuditLogPage') },
  { path: '/account', label: 'account.title', description: 'account.description', icon: UserOutlined, menu: 'user', load: () => import('./account/pages/AccountPage') },
];
