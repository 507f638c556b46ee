import { Tag } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';

export function ReceiptStatusTag({ status, open }: { status: string; open?: boolean }) {
  const t = useT();
  if (status === 'REVERSED') return <Tag>{t('payments.status.REVERSED')}</Tag>;
  if (status === 'CLEARED') return <Tag color="green">{t('payments.status.CLEARED')}</Tag>;
  return <Tag color={open === false ? 'blue' : 'gold'}>{t('payments.status.OPEN')}</Tag>;
}

export function ReceiptTypeTag({ type }: { type: string }) {
  const t = useT();
  return <Tag color={type === 'ADVANCE' ? 'geekblue' : 'cyan'}>{t(`payments.type.${type}`)}</Tag>;
}
