import { Component, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useT } from '../i18n/I18nProvider';
import type { Translate } from '../i18n/translate';

interface State {
  error: Error | null;
}

class Boundary extends Component<{ t: Translate; children: ReactNode; resetKey: unknown }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(prev: { resetKey: unknown }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    const { error } = this.state;
    const { t } = this.props;
    if (!error) return this.props.children;
    // after a new deployment an open tab asks for chunks that no longer exist: a reload fetches the new ones
    const stale = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
    return (
      <Result
        status={stale ? 'info' : 'error'}
        title={stale ? t('core.errors.newVersion') : t('core.errors.pageCrashed')}
        subTitle={stale ? t('core.errors.newVersionDetail') : error.message}
        extra={<Button type="primary" onClick={() => window.location.reload()}>{t('core.actions.reload')}</Button>}
      />
    );
  }
}

/** Keeps a failing page (or a chunk that failed to load) from taking the whole shell down. */
export function ErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: unknown }) {
  const t = useT();
  return (
    <Boundary t={t} resetKey={resetKey}>
      {children}
    </Boundary>
  );
}
