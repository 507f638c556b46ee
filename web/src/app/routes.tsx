import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { AuthProvider, useAuth } from '../core/auth/AuthProvider';
import { allows } from '../core/auth/access';
import { ErrorBoundary } from '../core/components/ErrorBoundary';
import { PageLoading } from '../core/components/PageLoading';
import { ForbiddenPage, NotFoundPage } from '../core/components/StatusPages';
import { useT } from '../core/i18n/I18nProvider';
import type { PageEntry } from '../core/registry';
import { pages } from '../modules/registry';
import { AppLayout } from './AppLayout';

const LoginPage = lazy(() => import('../modules/auth/pages/LoginPage'));

function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state === 'checking') return <PageLoading />;
  if (state === 'signed-out') {
    const target = location.pathname + location.search;
    return <Navigate to={target === '/' ? '/login' : `/login?redirect=${encodeURIComponent(target)}`} replace />;
  }
  return <AppLayout />;
}

function Page({ entry, children }: { entry: PageEntry; children: ReactNode }) {
  const { user } = useAuth();
  const t = useT();
  const title = t(entry.label);
  useEffect(() => {
    document.title = `${title} · OpenAR`;
  }, [title]);
  if (!allows(entry.access, user?.roles ?? [])) return <ForbiddenPage />;
  return children;
}

/** Each page is React.lazy over its registry `load`, so its code (and antd parts only it uses) is a separate chunk. */
function pageRoute(entry: PageEntry) {
  const Component = lazy(entry.load);
  return {
    path: entry.path,
    element: (
      <Page entry={entry}>
        <Component />
      </Page>
    ),
  };
}

function Root() {
  const location = useLocation();
  return (
    <AuthProvider>
      <ErrorBoundary resetKey={location.pathname}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </AuthProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [...pages.map(pageRoute), { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
]);
