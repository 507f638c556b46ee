import { Space, Tag } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import type { InvoiceStatus, PaymentStatus } from '../api';

const STATUS_COLORS: Record<InvoiceStatus, string> = { DRAFT: 'default', ISSUED: 'blue', CANCELLED: 'purple' };
const PAYMENT_COLORS: Record<PaymentStatus, string> = { OPEN: 'gold', PARTIALLY_SETTLED: 'orange', SETTLED: 'green' };

/** The document status, the settlement and, when late, the days overdue, as tags. */
export function InvoiceStatusTags({ status, paymentStatus, daysOverdue }: { status: InvoiceStatus; paymentStatus?: PaymentStatus | null; daysOverdue?: number | null }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status]}>{t(`invoicing.status.${status}`)}</Tag>
      {status === 'ISSUED' && paymentStatus && <Tag color={PAYMENT_COLORS[paymentStatus]}>{t(`invoicing.paymentStatus.${paymentStatus}`)}</Tag>}
      {daysOverdue !== null && daysOverdue !== undefined && daysOverdue > 0 && paymentStatus !== 'SETTLED' && (
        <Tag color="red">{t('invoicing.columns.daysOverdue')}: {daysOverdue}</Tag>
      )}
    </Space>
  );
}
