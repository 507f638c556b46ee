import { Spin } from 'antd';
import { useT } from '../i18n/I18nProvider';

export function PageLoading() {
  const t = useT();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }} role="status" aria-live="polite">
      <Spin description={t('core.table.loading')} />
    </div>
  );
}
