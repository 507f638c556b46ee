import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('core.status.forbidden')}
      subTitle={t('core.status.forbiddenDetail')}
      extra={<Link to="/"><Button type="primary">{t('core.actions.home')}</Button></Link>}
    />
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('core.status.notFound')}
      subTitle={t('core.status.notFoundDetail')}
      extra={<Link to="/"><Button type="primary">{t('core.actions.home')}</Button></Link>}
    />
  );
}
