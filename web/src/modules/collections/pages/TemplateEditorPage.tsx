import { useCallback, useEffect } from 'react';
import { App, Button, Card, Form, Space, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type Template } from '../api';
import { TemplateForm, cleanTexts, type TemplateFormValues } from '../components/TemplateForm';

/** Edit a template's texts in both languages with a live preview; saving makes a new version. */
export default function TemplateEditorPage() {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const { key = '' } = useParams();
  const { user } = useAuth();
  const canEdit = allows(Access.MANAGE_TEMPLATES, user?.roles ?? []);
  const previewVia = canEdit ? 'editor' : allows(Access.COLLECT, user?.roles ?? []) ? 'collector' : null;
  const [form] = Form.useForm<TemplateFormValues>();
  const template = useLoad(useCallback((s: AbortSignal) => collectionsApi.template(key, s), [key]));
  const versions = useLoad(useCallback((s: AbortSignal) => collectionsApi.templateVersions(key, s), [key]));
  const current = template.data;

  useEffect(() => {
    if (current) form.setFieldsValue({ description: current.description, comment: null, texts: current.texts });
  }, [current, form]);

  const submit = useCallback((v: TemplateFormValues) => collectionsApi.saveTemplate(key, current!.version, {
    description: v.description, variables: current!.variables, texts: cleanTexts(v.texts), comment: v.comment,
  }), [key, current]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit);

  if (template.error && !current) return <LoadError error={template.error} onRetry={template.reload} />;
  if (!current) return <PageLoading />;

  const save = async (v: TemplateFormValues) => {
    const saved = await onFinish(v);
    if (saved) {
      message.success(t('collections.templates.saved', { version: saved.version }));
      template.setData(saved);
      versions.reload();
    }
  };

  return (
    <>
      <PageHeader title={t('collections.templates.editTitle', { key: current.key })}
        description={<Space wrap>{current.description}<Tag>v{current.version}</Tag>{current.archived && <Tag color="red">{t('collections.templates.archived')}</Tag>}</Space>}
        extra={<Link to="/collections/templates">{t('collections.templates.backToList')}</Link>} />
      <Card>
        <FormErrorAlert error={error} otherErrors={otherErrors} onClose={clearError} />
        <TemplateForm form={form} template={current} readOnly={!canEdit} previewVia={previewVia} onFinish={(v) => void save(v)} />
        {canEdit && (
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={submitting} onClick={() => form.submit()}>{t('collections.strategy.saveVersion')}</Button>
            <Button onClick={() => { form.setFieldsValue({ description: current.description, comment: null, texts: current.texts }); clearError(); }}>
              {t('collections.strategy.reset')}</Button>
          </Space>
        )}
      </Card>
      <Card title={t('collections.strategy.history')} style={{ marginTop: 16 }}>
        {versions.error ? <LoadError error={versions.error} onRetry={versions.reload} compact /> : (
          <Table<Template> size="small" rowKey="version" aria-label={t('collections.strategy.history')} loading={versions.loading && !versions.data}
            dataSource={versions.data ?? []} pagination={false}
            columns={[
              { title: t('collections.strategy.version'), dataIndex: 'version', key: 'version', render: (v: number) => `v${v}` },
              { title: t('collections.strategy.savedAt'), key: 'at', render: (_: unknown, r) => fmt.dateTime(r.createdAt) },
              { title: t('collections.templates.by'), dataIndex: 'createdBy', key: 'by' },
              { title: t('collections.strategy.comment'), dataIndex: 'comment', key: 'comment' },
            ]} />
        )}
      </Card>
    </>
  );
}
