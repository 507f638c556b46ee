import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { ApiError } from '../../../core/api/problem';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { approvalsApi, type Approval } from '../api';
import { ApprovalDetail } from './ApprovalDetail';

export type DecisionKind = 'APPROVE' | 'REJECT' | 'CANCEL';

/** Approve (comment optional), reject (a reason is required) or withdraw one's own request. */
export function DecisionModal({ approval, kind, onClose, onDone }: { approval: Approval | null; kind: DecisionKind; onClose: () => void; onDone: (a: Approval | null) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  useEffect(() => {
    if (approval) form.resetFields();
  }, [approval, form]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, async (v: { comment?: string }) => {
    const comment = v.comment?.trim() ?? '';
    try {
      const a = kind === 'CANCEL' ? await approvalsApi.cancel(approval!.id, comment) : await approvalsApi.decide(approval!.id, kind, comment);
      message.success(t(`approvals.messages.${kind}`));
      onDone(a);
      return a;
    } catch (e) {
      // decided by someone else in the meantime: say so and refresh the list
      if (e instanceof ApiError && e.code === 'IDENTITY_APPROVAL_NOT_PENDING') {
        message.warning(t('approvals.messages.alreadyDecided'));
        onDone(null);
        return undefined;
      }
      throw e;
    }
  }, { fieldMap: { reason: ['comment'] } });
  useEffect(() => {
    if (approval) clearError();
  }, [approval, clearError]);

  const required = kind === 'REJECT';
  return (
    <Modal
      open={approval !== null}
      title={t(`approvals.decide.title${kind}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`approvals.actions.${kind}`)}
      okButtonProps={{ danger: kind !== 'APPROVE', 'data-testid': 'confirm-decision' } as never}
      cancelText={t('core.actions.cancel')}
      confirmLoading={submitting}
      width={720}
      forceRender
    >
      {approval && <div style={{ marginBottom: 16 }}><ApprovalDetail a={approval} /></div>}
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form form={form} layout="vertical" onFinish={onFinish} aria-label={t(`approvals.decide.title${kind}`)}>
        <Form.Item
          name="comment"
          label={t(required ? 'approvals.decide.reason' : 'approvals.decide.comment')}
          rules={required ? [{ required: true, whitespace: true, message: t('approvals.decide.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
