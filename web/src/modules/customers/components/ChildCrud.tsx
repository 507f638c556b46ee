import { useState, type ReactNode } from 'react';
import { App, Button, Form, Modal, Popconfirm, Space, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useT } from '../../../core/i18n/I18nProvider';

export interface ChildCrudProps<T extends { id: string }, V> {
  /** What one item is called ("contact"): dialog titles and button labels. */
  noun: string;
  ariaLabel: string;
  items: T[];
  columns: ColumnsType<T>;
  canEdit: boolean;
  /** The form fields of one item (Form.Items named as the API's JSON). */
  fields: ReactNode;
  /** Form values of an existing item, and of a new one. */
  toValues: (item: T | null) => Partial<V>;
  add: (values: V) => Promise<unknown>;
  update: (item: T, values: V) => Promise<unknown>;
  remove: (item: T) => Promise<unknown>;
  /** After any change: reload the customer (the server may have changed other items too, e.g. the primary contact). */
  onChanged: () => void;
  empty: ReactNode;
  modalWidth?: number;
}

/** A customer's child list (contacts, addresses, bank accounts) with add / edit dialogs and confirmed removal. */
export function ChildCrud<T extends { id: string }, V>(props: ChildCrudProps<T, V>) {
  const { noun, ariaLabel, items, columns, canEdit, fields, toValues, add, update, remove, onChanged, empty, modalWidth = 720 } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [editing, setEditing] = useState<{ item: T | null } | null>(null);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, async (values: V) => {
    if (editing?.item) await update(editing.item, values);
    else await add(values);
    message.success(t(editing?.item ? 'customers.messages.childSaved' : 'customers.messages.childAdded', { noun }));
    setEditing(null);
    onChanged();
    return true;
  });

  const open = (item: T | null) => {
    clearError();
    form.resetFields();
    form.setFieldsValue(toValues(item) as Parameters<typeof form.setFieldsValue>[0]);
    setEditing({ item });
  };

  const onRemove = async (item: T) => {
    try {
      await remove(item);
      message.success(t('customers.messages.childRemoved', { noun }));
      onChanged();
    } catch (e) {
      message.error(describeError(e, t).detail || describeError(e, t).title);
    }
  };

  const actions: ColumnsType<T> = canEdit
    ? [{
        title: t('customers.columns.actions'),
        key: 'actions',
        width: 110,
        fixed: 'right',
        render: (_: unknown, item) => (
          <Space size={4}>
            <Tooltip title={t('customers.actions.edit')}>
              <Button type="text" icon={<EditOutlined />} aria-label={`${t('customers.actions.edit')} ${noun}`} onClick={() => open(item)} />
            </Tooltip>
            <Popconfirm
              title={t('customers.confirm.removeTitle', { noun })}
              description={t('customers.confirm.removeBody')}
              okText={t('customers.actions.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('core.actions.cancel')}
              onConfirm={() => onRemove(item)}
            >
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('customers.actions.remove')} ${noun}`} />
            </Popconfirm>
          </Space>
        ),
      }]
    : [];

  return (
    <section aria-label={ariaLabel}>
      {canEdit && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => open(null)}>{t('customers.actions.addNoun', { noun })}</Button>
        </div>
      )}
      <Table<T>
        rowKey="id"
        size="middle"
        columns={[...columns, ...actions]}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: empty }}
      />
      <Modal
        open={editing !== null}
        title={t(editing?.item ? 'customers.actions.editNoun' : 'customers.actions.addNoun', { noun })}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('core.actions.save')}
        cancelText={t('core.actions.cancel')}
        confirmLoading={submitting}
        width={modalWidth}
        forceRender
      >
        <FormErrorAlert error={error} otherErrors={otherErrors} />
        <Form<V> form={form} layout="vertical" onFinish={onFinish} aria-label={noun}>
          {fields}
        </Form>
      </Modal>
    </section>
  );
}
