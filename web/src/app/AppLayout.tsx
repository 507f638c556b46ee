import { Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Avatar, Badge, Breadcrumb, Button, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../core/auth/AuthProvider';
import { allows } from '../core/auth/access';
import { ErrorBoundary } from '../core/components/ErrorBoundary';
import { PageLoading } from '../core/components/PageLoading';
import { useReadyMark } from '../core/components/useReadyMark';
import { useT } from '../core/i18n/I18nProvider';
import { pages, sections } from '../modules/registry';
import { LanguageSwitch } from './LanguageSwitch';
import { buildMenu, matchEntry, parentEntry } from './menu';

const { Header, Sider, Content } = Layout;

/** How often navigating re-reads /auth/me for the approvals badge (no timer: an idle tab must let its session expire). */
const ME_REFRESH_MS = 30_000;

/** A menu label with its count, spoken as part of the label. */
function withBadge(label: string, count: number | undefined, ariaCount: (n: number) => string): ReactNode {
  if (!count) return label;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <span>{label}</span>
      <Badge count={count} size="small" overflowCount={99} aria-label={ariaCount(count)} />
    </span>
  );
}

export function AppLayout() {
  const t = useT();
  const { user, logout, refresh } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? !screens.lg; // tablets start with an icon-only menu
  useReadyMark();
  const roles = useMemo(() => user?.roles ?? [], [user]);

  const menu = useMemo(() => buildMenu(pages, sections, roles), [roles]);
  // sections start open; collapsed (icons only, tablets) they open as hover pop-ups instead, never all at once
  const sectionKeys = menu.filter((n) => n.children).map((n) => n.key);
  const [closedKeys, setClosedKeys] = useState<string[]>([]);
  const [popupKeys, setPopupKeys] = useState<string[]>([]);
  const badgeOf = (path: string) => {
    const entry = pages.find((p) => p.path === path);
    return user && entry?.badge ? entry.badge(user) : undefined;
  };
  const ariaCount = (n: number) => t('app.menu.badge', { count: n });

  // the badge follows the user's work: re-read on navigation, at most every 30 s
  const lastRefresh = useRef<number | null>(null);
  useEffect(() => {
    const now = Date.now();
    const last = lastRefresh.current;
    if (last !== null && now - last < ME_REFRESH_MS) return;
    lastRefresh.current = now;
    if (last !== null) void refresh(); // the first render already has a fresh /auth/me from signing in
  }, [location.pathname, refresh]);
  const current = matchEntry(pages, location.pathname);
  // a detail page (menu 'none', e.g. /customers/:id) sits under the list page whose path starts its own
  const parent = current?.menu === 'none' ? parentEntry(pages, current) : undefined;
  const currentSection = sections.find((s) => s.key === (parent ?? current)?.menu);

  const items: MenuProps['items'] = menu.map((n) => {
    const Icon = n.section?.icon ?? n.entry?.icon;
    if (n.children) {
      const total = n.children.reduce((sum, c) => sum + (badgeOf(c.key) ?? 0), 0);
      return {
        key: n.key,
        icon: Icon ? <Icon /> : undefined,
        label: withBadge(t(n.label), total, ariaCount),
        children: n.children.map((c) => ({ key: c.key, label: <Link to={c.key}>{withBadge(t(c.label), badgeOf(c.key), ariaCount)}</Link> })),
      };
    }
    return { key: n.key, icon: Icon ? <Icon /> : undefined, label: <Link to={n.key}>{withBadge(t(n.label), badgeOf(n.key), ariaCount)}</Link> };
  });

  const userPages = pages.filter((p) => p.menu === 'user' && allows(p.access, roles));
  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <div style={{ maxWidth: 260 }}>
          <Typography.Text strong>{user?.displayName || user?.username}</Typography.Text>
          <div style={{ fontSize: 12 }}>@{user?.username}</div>
          <Space size={[4, 4]} wrap style={{ marginTop: 6 }}>
            {roles.map((r) => (
              <Tag key={r} style={{ marginInlineEnd: 0 }}>{t(`core.roles.${r}`)}</Tag>
            ))}
          </Space>
        </div>
      ),
    },
    { type: 'divider' },
    ...userPages.map((p) => ({ key: p.path, icon: p.icon ? <p.icon /> : undefined, label: withBadge(t(p.label), badgeOf(p.path), ariaCount) })),
    { key: 'logout', icon: <LogoutOutlined />, label: t('app.user.logout'), danger: true },
  ];

  const onUserMenu: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'logout') {
      await logout();
      navigate('/login', { replace: true });
    } else {
      navigate(key);
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Sider
        theme="light"
        width={224}
        collapsedWidth={64}
        collapsible
        trigger={null}
        collapsed={isCollapsed}
        style={{ borderRight: '1px solid rgba(5,5,5,.06)', position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Link to="/" className="app-logo" aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!isCollapsed && (
            <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.25 }}>
              <strong>OpenAR</strong>
              <span>{t('app.tagline')}</span>
            </span>
          )}
        </Link>
        <nav aria-label={t('app.menu.label')}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={current ? [current.path] : []}
            openKeys={isCollapsed ? popupKeys : sectionKeys.filter((k) => !closedKeys.includes(k))}
            onOpenChange={(keys) => (isCollapsed ? setPopupKeys(keys) : setClosedKeys(sectionKeys.filter((k) => !keys.includes(k))))}
            style={{ borderInlineEnd: 0 }}
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="app-header">
          <Button
            type="text"
            icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!isCollapsed)}
            aria-label={t(isCollapsed ? 'app.menu.expand' : 'app.menu.collapse')}
            aria-expanded={!isCollapsed}
          />
          <Breadcrumb
            style={{ minWidth: 0 }}
            items={[
              ...(currentSection ? [{ title: t(currentSection.label) }] : []),
              ...(parent ? [{ title: <Link to={parent.path}>{t(parent.label)}</Link> }] : []),
              ...(current && current.path !== '/' && current.label !== parent?.label ? [{ title: t(current.label) }] : []),
            ]}
          />
          <div className="spacer" />
          <LanguageSwitch />
          <Dropdown menu={{ items: userMenu, onClick: onUserMenu }} trigger={['click']} placement="bottomRight">
            <Button type="text" aria-label={t('app.user.menu')} data-testid="user-menu" style={{ paddingInline: 8 }}>
              <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1677ff' }} />
              {screens.md && <span style={{ marginInlineStart: 8 }}>{user?.displayName || user?.username}</span>}
            </Button>
          </Dropdown>
        </Header>
        <Content id="main" className="app-content" tabIndex={-1}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
