import { AuditOutlined, CloudUploadOutlined, HomeOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Access } from '../core/auth/access';
import type { MenuSection, PageEntry } from '../core/registry';

/**
 * THE list of pages and menu groups. To add a page: create src/modules/<module>/ (pages/, api.ts, i18n/en.json,
 * i18n/zh-CN.json) and add one line to `pages`. Menu order follows this file.
 */
export const sections: MenuSection[] = [
  { key: 'admin', label: 'app.menu.admin', icon: SettingOutlined },
];

export const pages: PageEntry[] = [
  { path: '/', label: 'home.title', icon: HomeOutlined, menu: 'top', load: () => import('./home/pages/HomePage') },
  { path: '/imports', label: 'integration.title', description: 'integration.description', icon: CloudUploadOutlined, menu: 'top', access: Access.READ_ALL, load: () => import('./integration/pages/ImportListPage') },
  { path: '/imports/new', label: 'integration.wizard.title', menu: 'none', access: Access.IMPORT, load: () => import('./integration/pages/ImportWizardPage') },
  { path: '/imports/:id', label: 'integration.title', menu: 'none', access: Access.READ_ALL, load: () => import('./integration/pages/ImportDetailPage') },
  { path: '/admin/audit', label: 'audit.title', description: 'audit.description', icon: AuditOutlined, menu: 'admin', access: Access.AUDIT, load: () => import('./audit/pages/AuditLogPage') },
  { path: '/account', label: 'account.title', description: 'account.description', icon: UserOutlined, menu: 'user', load: () => import('./account/pages/AccountPage') },
];
