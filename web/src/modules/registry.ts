import {
  AccountBookOutlined, AlertOutlined, AuditOutlined, BranchesOutlined, FileSearchOutlined, MailOutlined, OrderedListOutlined, ThunderboltOutlined, BankOutlined, BarChartOutlined, DashboardOutlined, FieldTimeOutlined, LineChartOutlined, CheckSquareOutlined, CloudUploadOutlined, FileTextOutlined, HomeOutlined, InteractionOutlined, LockOutlined,
  PlusCircleOutlined, RollbackOutlined, SettingOutlined, SolutionOutlined, TeamOutlined, TransactionOutlined, UserAddOutlined, UserOutlined, WalletOutlined,
} from '@ant-design/icons';
import { Access } from '../core/auth/access';
import type { MenuSection, PageEntry } from '../core/registry';

/**
 * THE list of pages and menu groups. To add a page: create src/modules/<module>/ (pages/, api.ts, i18n/en.json,
 * i18n/zh-CN.json) and add one line to `pages`. Menu order follows this file.
 */
export const sections: MenuSection[] = [
  { key: 'receivables', label: 'app.menu.receivables', icon: WalletOutlined },
  { key: 'collections', label: 'collections.menu', icon: AlertOutlined },
  { key: 'cash', label: 'cashapp.menu', icon: AccountBookOutlined },
  { key: 'reports', label: 'reporting.menu', icon: BarChartOutlined },
  { key: 'admin', label: 'app.menu.admin', icon: SettingOutlined },
];

export const pages: PageEntry[] = [
  { path: '/', label: 'home.title', icon: HomeOutlined, menu: 'top', load: () => import('./home/pages/HomePage') },
  { path: '/dashboard', label: 'reporting.dashboard.title', description: 'reporting.dashboard.description', icon: DashboardOutlined, menu: 'top', access: Access.READ, load: () => import('./reporting/pages/DashboardPage') },
  { path: '/customers', label: 'customers.title', description: 'customers.description', icon: TeamOutlined, menu: 'receivables', access: Access.READ, load: () => import('./customers/pages/CustomerListPage') },
  { path: '/customers/new', label: 'customers.create.title', description: 'customers.create.description', icon: UserAddOutlined, menu: 'none', access: Access.MASTER_DATA, load: () => import('./customers/pages/CustomerCreatePage') },
  { path: '/customers/:id', label: 'customers.title', menu: 'none', access: Access.READ, load: () => import('./customers/pages/CustomerDetailPage') },
  { path: '/invoices', label: 'invoicing.list.title', description: 'invoicing.description', icon: FileTextOutlined, menu: 'receivables', access: Access.READ, load: () => import('./invoicing/pages/InvoiceListPage') },
  { path: '/invoices/new', label: 'invoicing.form.newTitle', menu: 'none', access: Access.POST_ITEMS, load: () => import('./invoicing/pages/InvoiceFormPage') },
  { path: '/invoices/:id', label: 'invoicing.detail.title', menu: 'none', access: Access.READ, load: () => import('./invoicing/pages/InvoiceDetailPage') },
  { path: '/invoices/:id/edit', label: 'invoicing.form.editTitle', menu: 'none', access: Access.POST_ITEMS, load: () => import('./invoicing/pages/InvoiceFormPage') },
  { path: '/credit-notes', label: 'invoicing.creditNotes.title', description: 'invoicing.creditNotes.description', icon: RollbackOutlined, menu: 'receivables', access: Access.READ, load: () => import('./invoicing/pages/CreditNoteListPage') },
  { path: '/credit-notes/:id', label: 'invoicing.creditNotes.detailTitle', menu: 'none', access: Access.READ, load: () => import('./invoicing/pages/CreditNoteDetailPage') },
  { path: '/payments', label: 'payments.title', description: 'payments.description', icon: TransactionOutlined, menu: 'receivables', access: Access.READ, load: () => import('./payments/pages/ReceiptListPage') },
  { path: '/payments/new', label: 'payments.new.title', description: 'payments.new.description', icon: PlusCircleOutlined, menu: 'none', access: Access.POST_CASH, load: () => import('./payments/pages/ReceiptNewPage') },
  { path: '/payments/:id', label: 'payments.title', menu: 'none', access: Access.READ, load: () => import('./payments/pages/ReceiptDetailPage') },
  { path: '/imports', label: 'integration.title', description: 'integration.description', icon: CloudUploadOutlined, menu: 'receivables', access: Access.READ_ALL, load: () => import('./integration/pages/ImportListPage') },
  { path: '/imports/new', label: 'integration.wizard.title', menu: 'none', access: Access.IMPORT, load: () => import('./integration/pages/ImportWizardPage') },
  { path: '/imports/:id', label: 'integration.title', menu: 'none', access: Access.READ_ALL, load: () => import('./integration/pages/ImportDetailPage') },
  { path: '/collections/worklist', label: 'collections.worklist.title', description: 'collections.worklist.description', icon: OrderedListOutlined, menu: 'collections', access: Access.READ_ALL, load: () => import('./collections/pages/WorklistPage') },
  { path: '/collections/runs', label: 'collections.runs.title', description: 'collections.runs.description', icon: ThunderboltOutlined, menu: 'collections', access: Access.READ_ALL, load: () => import('./collections/pages/RunsPage') },
  { path: '/collections/runs/:id', label: 'collections.runs.title', menu: 'none', access: Access.READ_ALL, load: () => import('./collections/pages/RunDetailPage') },
  { path: '/collections/strategies', label: 'collections.strategies.title', description: 'collections.strategies.description', icon: BranchesOutlined, menu: 'collections', access: Access.READ_ALL, load: () => import('./collections/pages/StrategiesPage') },
  { path: '/collections/strategies/:id', label: 'collections.strategies.title', menu: 'none', access: Access.READ_ALL, load: () => import('./collections/pages/StrategyEditorPage') },
  { path: '/collections/templates', label: 'collections.templates.title', description: 'collections.templates.description', icon: MailOutlined, menu: 'collections', access: Access.READ_ALL, load: () => import('./collections/pages/TemplatesPage') },
  { path: '/collections/templates/:key/edit', label: 'collections.templates.title', menu: 'none', access: Access.READ_ALL, load: () => import('./collections/pages/TemplateEditorPage') },
  { path: '/collections/placements', label: 'collections.placements.title', description: 'collections.placements.description', icon: FileSearchOutlined, menu: 'collections', access: Access.READ, load: () => import('./collections/pages/PlacementsPage') },
  { path: '/collections/customers/:id', label: 'collections.customer.menuTitle', menu: 'none', access: Access.READ, load: () => import('./collections/pages/CustomerCollectionsPage') },
  { path: '/cash/statements', label: 'cashapp.statements.title', description: 'cashapp.statements.description', icon: FileTextOutlined, menu: 'cash', access: Access.READ_ALL, load: () => import('./cashapp/pages/StatementsPage') },
  { path: '/cash/reconcile', label: 'cashapp.reconcile.title', description: 'cashapp.reconcile.description', icon: InteractionOutlined, menu: 'cash', access: Access.READ_ALL, load: () => import('./cashapp/pages/ReconcilePage') },
  { path: '/cash/bank-accounts', label: 'cashapp.bankAccounts.title', description: 'cashapp.bankAccounts.description', icon: BankOutlined, menu: 'cash', access: Access.READ_ALL, load: () => import('./cashapp/pages/BankAccountsPage') },
  { path: '/reports/aging', label: 'reporting.aging.title', description: 'reporting.aging.description', icon: FieldTimeOutlined, menu: 'reports', access: Access.READ, load: () => import('./reporting/pages/AgingReportPage') },
  { path: '/reports/kpis', label: 'reporting.kpis.title', description: 'reporting.kpis.description', icon: LineChartOutlined, menu: 'reports', access: Access.READ, load: () => import('./reporting/pages/KpiPage') },
  { path: '/approvals', label: 'approvals.title', description: 'approvals.description', icon: CheckSquareOutlined, menu: 'admin', access: Access.READ_ALL, badge: (u) => u.pendingApprovals, load: () => import('./approvals/pages/ApprovalsPage') },
  { path: '/admin/users', label: 'users.title', description: 'users.description', icon: SolutionOutlined, menu: 'admin', access: Access.ADMIN, load: () => import('./users/pages/UsersPage') },
  { path: '/admin/audit', label: 'audit.title', description: 'audit.description', icon: AuditOutlined, menu: 'admin', access: Access.AUDIT, load: () => import('./audit/pages/AuditLogPage') },
  { path: '/account', label: 'account.title', description: 'account.description', icon: UserOutlined, menu: 'user', load: () => import('./account/pages/AccountPage') },
  { path: '/account/password', label: 'account.password.title', description: 'account.password.description', icon: LockOutlined, menu: 'user', load: () => import('./account/pages/ChangePasswordPage') },
];
