import { Button } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../core/i18n/I18nProvider';
import type { CustomerSlotProps } from '../../slots';

/** The customer 360° page's way to the customer's collections timeline, promises and placements. */
export default function CustomerCollectionsLink({ customer }: CustomerSlotProps) {
  const t = useT();
  const navigate = useNavigate();
  return <Button icon={<AlertOutlined />} onClick={() => navigate(`/collections/customers/${customer.id}`)}>{t('collections.customer.link')}</Button>;
}
