import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Col, Form, Row, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { Access, allows } from '../../../core/auth/access';
import { LoadError } from '../../../core/components/LoadError';
import { PageHeader } from '../../../core/components/PageHeader';
import { PageLoading } from '../../../core/components/PageLoading';
import { describeError } from '../../../core/api/describeError';
import { FormErrorAlert } from '../../../core/forms/FormErrorAlert';
import { useServerForm } from '../../../core/forms/useServerForm';
import { useFormat } from '../../../core/format/useFormat';
import { useLoad } from '../../../core/hooks/useLoad';
import { useT } from '../../../core/i18n/I18nProvider';
import { collectionsApi, type Strategy } from '../api';
import { StrategyForm, toDraft, toFormValues, type StrategyFormValues } from '../components/StrategyForm';

/** One strategy: edit its steps and conditions (saving makes a new version) and see every version. */
export default function StrategyEditorPage() {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const canEdit = allows(Access.MANAGE_TEMPLATES, user?.roles ?? []);
  const [form] = Form.useForm<StrategyFormValues>();

  const strategy = useLoad(useCallback((s: AbortSignal) => collectionsApi.strategy(id, s), [id]));
  const versions = useLoad(useCallback((s: AbortSignal) => collectionsApi.strategyVersions(id, s), [id]));
  const refs = useLoad(useCallback(async (s: AbortSignal) => {
    const [templates, agencies] = await Promise.all([collectionsApi.templates(s), collectionsApi.agencies(false, s)]);
    return { templates: templates.filter((tp) => !tp.archived), agencies };
  }, []));
  const [shown, setShown] = useState<Strategy | null>(null);

  const current = strategy.data;
  useEffect(() => {
    if (current) {
      form.setFieldsValue(toFormValues(current));
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the version shown follows the loaded strategy
      setShown(null);
    }
  }, [current, form]);

  const currency = current?.steps.find((s) => s.minOverdue)?.minOverdue?.currency ?? 'CNY';
  const submit = useCallback((v: StrategyFormValues) => collectionsApi.updateStrategy(id, current!.version, toDraft(v, currency)), [id, current, currency]);
  const { onFinish, submitting, error, otherErrors, clearError } = useServerForm(form, submit);

  if (strategy.error && !current) return <LoadError error={strategy.error} onRetry={strategy.reload} />;
  if (!current) return <PageLoading />;

  const viewing = shown ?? current;
  const save = async (v: StrategyFormValues) => {
    const saved = await onFinish(v);
    if (saved) {
      message.success(t('collections.strategy.saved', { version: saved.version }));
      strategy.setData(saved);
      versions.reload();
    }
  };
  const toggleActive = async (active: boolean) => {
    try {
      strategy.setData(await collectionsApi.setActive(id, active));
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };

  return (
    <>
      <PageHeader title={t('collections.strategy.editTitle', { name: current.name ?? current.code })}
        description={<Space wrap><Tag>{current.code}</Tag><span>{t('collections.strategy.versionOf', { version: current.version })}</span>
          {current.companyId === null && <Tag color="blue">{t('collections.strategy.shared')}</Tag>}</Space>}
        extra={<Space wrap>
          <Space><Typography.Text id="strategy-active-label">{t('collections.strategy.active')}</Typography.Text>
            <Switch aria-labelledby="strategy-active-label" checked={current.active} disabled={!canEdit} onChange={(v) => void toggleActive(v)} /></Space>
          <Link to="/collections/strategies">{t('collections.strategy.backToList')}</Link>
        </Space>} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            {shown && (
              <Typography.Paragraph type="warning" role="status">
                {t('collections.strategy.viewingOld', { version: shown.version })}{' '}
                <Button size="small" onClick={() => { setShown(null); form.setFieldsValue(toFormValues(current)); }}>{t('collections.strategy.backToCurrent')}</Button>
              </Typography.Paragraph>
            )}
            <FormErrorAlert error={error} otherErrors={otherErrors} onClose={clearError} />
            {refs.error ? <LoadError error={refs.error} onRetry={refs.reload} compact /> : null}
            <StrategyForm form={form} templates={refs.data?.templates ?? []} agencies={refs.data?.agencies ?? []} currency={currency}
              readOnly={!canEdit || shown !== null} onFinish={(v) => void save(v)} />
            {canEdit && !shown && (
              <Space>
                <Button type="primary" loading={submitting} onClick={() => form.submit()}>{t('collections.strategy.saveVersion')}</Button>
                <Button onClick={() => { form.setFieldsValue(toFormValues(current)); clearError(); }}>{t('collections.strategy.reset')}</Button>
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('collections.strategy.history')}>
            {versions.error ? <LoadError error={versions.error} onRetry={versions.reload} compact /> : (
              <Table<Strategy> size="small" rowKey="version" aria-label={t('collections.strategy.history')} loading={versions.loading && !versions.data}
                dataSource={versions.data ?? []} pagination={false} data-testid="strategy-versions"
                rowClassName={(r) => (r.version === viewing.version ? 'ant-table-row-selected' : '')}
                columns={[
                  { title: t('collections.strategy.version'), dataIndex: 'version', key: 'version', render: (v: number) => `v${v}` },
                  { title: t('collections.strategy.savedAt'), key: 'at', render: (_: unknown, r) => <span>{fmt.dateTime(r.createdAt)}<br />
                    <Typography.Text type="secondary">{r.createdBy ?? ''}</Typography.Text></span> },
                  { title: t('collections.strategy.comment'), dataIndex: 'comment', key: 'comment' },
                  { key: 'view', render: (_: unknown, r) => r.version === current.version ? <Tag color="green">{t('collections.strategy.current')}</Tag> : (
                    <Button size="small" onClick={() => { setShown(r); form.setFieldsValue(toFormValues(r)); }}
                      aria-label={t('collections.strategy.viewVersion', { version: r.version })}>{t('collections.strategy.view')}</Button>) },
                ]} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
