import { useEffect, useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { useT } from '../../../core/i18n/I18nProvider';
import { integrationApi, type ColumnMapping, type ImportType, type SavedMapping } from '../api';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Keeps the saved columns this file has (headers compared loosely), so a mapping from another export still helps. */
export function fitToHeader(m: ColumnMapping, header: string[]): ColumnMapping {
  const columns: Record<string, string> = {};
  for (const [h, f] of Object.entries(m.columns)) {
    const found = header.find((x) => x === h) ?? header.find((x) => norm(x) === norm(h));
    if (found) columns[found] = f;
  }
  return { ...m, columns };
}

export interface SavedMappingsProps {
  type: ImportType;
  companyId: string;
  mapping: ColumnMapping;
  header: string[];
  onApply: (m: ColumnMapping) => void;
}

/** Apply a preset or one of my saved mappings; save the current one under a name (for this company or all). */
export function SavedMappings({ type, companyId, mapping, header, onApply }: SavedMappingsProps) {
  const t = useT();
  const { message } = App.useApp();
  const [list, setList] = useState<SavedMapping[]>([]);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string; forCompany: boolean }>();
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    integrationApi.mappings(type, companyId).then((l) => live && setList(l)).catch(() => live && setList([]));
    return () => {
      live = false;
    };
  }, [type, companyId, reload]);

  const save = async () => {
    const v = await form.validateFields();
    try {
      await integrationApi.saveMapping({ name: v.name, type, companyId: v.forCompany ? companyId : null, mapping });
      message.success(t('integration.mapping.savedOk'));
      setSaving(false);
      setReload((r) => r + 1);
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  };

  return (
    <Space wrap>
      <Select
        style={{ minWidth: 280 }}
        placeholder={t('integration.mapping.savedPlaceholder')}
        aria-label={t('integration.mapping.saved')}
        value={null}
        onChange={(id: string) => {
          const m = list.find((x) => x.id === id);
          if (m) onApply(fitToHeader(m.mapping, header));
        }}
        options={list.map((m) => ({ value: m.id, label: m.preset ? `${m.name} (${t('integration.mapping.preset')})` : m.name }))}
        data-testid="saved-mappings"
      />
      <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>{t('integration.mapping.save')}</Button>
      <Modal open={saving} title={t('integration.mapping.saveTitle')} onOk={save} onCancel={() => setSaving(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ forCompany: true }}>
          <Form.Item name="name" label={t('integration.mapping.name')} rules={[{ required: true, max: 100 }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="forCompany" valuePropName="checked">
            <Checkbox>{t('integration.mapping.forCompany')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
