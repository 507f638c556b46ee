import { Alert, Button } from 'antd';
import { describeError } from '../api/describeError';
import { useT } from '../i18n/I18nProvider';

/** A failed load in a card or page: the server's words (or ours) and a retry button. */
export function LoadError({ error, onRetry, compact = false }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const t = useT();
  const { title, detail } = describeError(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={compact ? undefined : detail || undefined}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('core.actions.retry')}</Button> : undefined}
    />
  );
}
