import { useEffect, useState } from 'react';
import { Checkbox, Form, Modal, Select, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { newIdempotencyKey } from '../../../core/api/client';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';
import { cashApi, type BankAccount, type ImportResult } from '../api';
import { ImportSummary } from './ImportSummary';

const FORMATS = ['camt053', 'camt054', 'camt052', 'mt940', 'bai2', 'csv', 'xlsx'];

interface UploadValues {
  bankAccountId?: string;
  format?: string;
  match: boolean;
}

/** Upload one statement file: choose it, optionally the account and format, then see what the import did. */
export function UploadDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const t = useT();
  const [form] = Form.useForm<UploadValues>();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [accounts, setAccounts] = useState<BankAccount[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);

  useEffect(() => {
    if (!open) return;
    const c = new AbortController();
    cashApi.bankAccounts(undefined, c.signal).then((a) => setAccounts(a.filter((x) => x.active))).catch(() => setAccounts([]));
    return () => c.abort();
  }, [open]);

  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, async (v: UploadValues) => {
    if (!file) {
      setMissingFile(true);
      return undefined;
    }
    const r = await cashApi.upload(file, { bankAccountId: v.bankAccountId, format: v.format, match: v.match }, { idempotencyKey: key });
    setResult(r);
    onImported();
    return r;
  });

  const reset = () => {
    setResult(null);
    setFile(null);
    setMissingFile(false);
    setKey(newIdempotencyKey());
    clearError();
    form.resetFields();
  };

  return (
    <Modal
      open={open}
      title={t('cashapp.upload.title')}
      onCancel={() => {
        reset();
        onClose();
      }}
      okText={t('cashapp.upload.submit')}
      cancelText={t('core.actions.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: submitting }}
      footer={result ? null : undefined}
      width={640}
      destroyOnHidden
    >
      {result ? (
        <ImportSummary result={result} onAnother={reset} />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ match: true }} onFinish={onFinish}>
          <FormErrorAlert error={error} otherErrors={otherErrors} />
          <Form.Item validateStatus={missingFile ? 'error' : undefined} help={missingFile ? t('cashapp.upload.noFile') : undefined}>
            <Upload.Dragger
              accept=".xml,.sta,.txt,.940,.942,.mt940,.bai,.bai2,.csv,.xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                setMissingFile(false);
                clearError();
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
              data-testid="statement-file"
            >
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p className="ant-upload-text">{t('cashapp.upload.drop')}</p>
              <Typography.Paragraph type="secondary" className="ant-upload-hint" style={{ padding: '0 16px' }}>{t('cashapp.upload.hint')}</Typography.Paragraph>
            </Upload.Dragger>
          </Form.Item>
          <Form.Item name="bankAccountId" label={t('cashapp.upload.bankAccount')} extra={t('cashapp.upload.bankAccountHint')}>
            <Select
              allowClear
              placeholder={t('cashapp.upload.fromFile')}
              options={accounts.map((a) => ({ value: a.id, label: `${a.name ?? a.bankName ?? ''} ${a.accountNumber}`.trim() }))}
            />
          </Form.Item>
          <Form.Item name="format" label={t('cashapp.upload.format')}>
            <Select allowClear placeholder={t('cashapp.upload.formatAuto')} options={FORMATS.map((f) => ({ value: f, label: f }))} />
          </Form.Item>
          <Form.Item name="match" valuePropName="checked">
            <Checkbox>{t('cashapp.upload.match')}</Checkbox>
          </Form.Item>
          {submitting && <Typography.Text type="secondary">{t('cashapp.upload.importing')}</Typography.Text>}
        </Form>
      )}
    </Modal>
  );
}
