import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Space, Steps, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../../core/api/client';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useT } from '../../../core/i18n/I18nProvider';
import { integrationApi, type ColumnMapping, type Company, type ImportType, type ImportTypeSpec, type Preview, type Upload } from '../api';
import { MappingOptions } from '../components/MappingOptions';
import { MappingTable } from '../components/MappingTable';
import { PreviewTable } from '../components/PreviewTable';
import { SavedMappings } from '../components/SavedMappings';
import { UploadStep } from '../components/UploadStep';

const EMPTY: ColumnMapping = { columns: {} };

/** The import wizard: file → columns and preview → start; the job page then shows progress and rejected rows. */
export default function ImportWizardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [specs, setSpecs] = useState<ImportTypeSpec[]>([]);
  const [companies, setCompanies] = useState<Company[]>([]);
  const [type, setType] = useState<ImportType | null>(null);
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [uploading, setUploading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>(EMPTY);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dryRun, setDryRun] = useState(false);
  const [starting, setStarting] = useState(false);
  const key = useRef(newIdempotencyKey());

  useEffect(() => {
    integrationApi.types().then(setSpecs).catch(setError);
    integrationApi.companies().then((c) => {
      setCompanies(c);
      if (c.length === 1) setCompanyId(c[0]!.id);
    }).catch(setError);
  }, []);

  const company = companies.find((c) => c.id === companyId);
  const fields = specs.find((s) => s.type === type)?.fields ?? [];

  const onFile = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      setUpload(await integrationApi.upload(file));
      setPreview(null);
      setMapping(EMPTY);
    } catch (e) {
      setError(e);
    } finally {
      setUploading(false);
    }
  };

  const onReread = async (encoding: string | null, sheet: string | null) => {
    if (!upload) return;
    try {
      setUpload(await integrationApi.reread(upload.id, encoding ?? upload.encoding, sheet ?? upload.sheet));
      setPreview(null);
    } catch (e) {
      setError(e);
    }
  };

  const refresh = useCallback(async (m: ColumnMapping) => {
    if (!upload || !type || !companyId) return;
    try {
      const p = await integrationApi.preview(upload.id, { type, companyId, mapping: m, encoding: upload.encoding, sheet: upload.sheet });
      setPreview(p);
      setMapping(p.mapping);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [upload, type, companyId]);

  const changeMapping = (m: ColumnMapping) => {
    setMapping(m);
    void refresh(m);
  };

  const start = async () => {
    if (!upload || !type || !companyId) return;
    setStarting(true);
    try {
      const job = await integrationApi.start({ uploadId: upload.id, type, companyId, mapping, encoding: upload.encoding, sheet: upload.sheet, dryRun }, key.current);
      navigate(`/imports/${job.id}`);
    } catch (e) {
      setError(e);
      message.error(describeError(e, t).title);
    } finally {
      setStarting(false);
    }
  };

  const canNext = step === 0 ? !!(type && companyId && upload && !uploading) : step === 1 ? !!preview && preview.unmappedRequired.length === 0 : false;
  const next = () => {
    if (step === 0) void refresh(mapping.columns && Object.keys(mapping.columns).length ? mapping : EMPTY);
    setStep(step + 1);
  };

  return (
    <>
      <PageHeader title={t('integration.wizard.title')} description={t('integration.wizard.description')} />
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: t('integration.wizard.steps.upload') }, { title: t('integration.wizard.steps.map') }, { title: t('integration.wizard.steps.run') }]}
      />
      {error !== null && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={describeError(error, t).title} description={describeError(error, t).detail} closable={{ onClose: () => setError(null) }} />}
      {step === 0 && (
        <UploadStep type={type} onType={setType} companies={companies} companyId={companyId} onCompany={setCompanyId} upload={upload} uploading={uploading} onFile={onFile} onReread={onReread} />
      )}
      {step === 1 && upload && type && company && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('integration.mapping.title')}</h2>} extra={<SavedMappings type={type} companyId={company.id} mapping={mapping} header={upload.header} onApply={changeMapping} />}>
            <Typography.Paragraph type="secondary">{t('integration.mapping.hint')}</Typography.Paragraph>
            <MappingTable header={upload.header} sample={upload.sample} fields={fields} columns={mapping.columns} onChange={(columns) => changeMapping({ ...mapping, columns })} />
            {preview && preview.unmappedRequired.length > 0 && (
              <Alert type="warning" showIcon style={{ marginTop: 12 }} data-testid="unmapped-required"
                title={t('integration.mapping.unmappedRequired', { fields: preview.unmappedRequired.map((f) => f.split(' | ').map((x) => t(`integration.fields.${x}`)).join(' / ')).join(', ') })} />
            )}
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('integration.mapping.options')}</h2>}>
            <MappingOptions mapping={mapping} onChange={changeMapping} type={type} companyCurrency={company.baseCurrency} suggestedDateFormat={preview?.suggestedDateFormat ?? null} />
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('integration.preview.title')}</h2>} extra={<Button onClick={() => void refresh(mapping)}>{t('integration.preview.refresh')}</Button>}>
            {preview && <PreviewTable preview={preview} />}
          </Card>
        </Space>
      )}
      {step === 2 && upload && type && company && (
        <Card>
          <Space orientation="vertical" size={16}>
            <Typography.Paragraph>{t('integration.run.ready', { name: upload.fileName, type: t(`integration.types.${type}`), company: `${company.code} · ${company.name}` })}</Typography.Paragraph>
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} data-testid="dry-run">{t('integration.run.dryRun')}</Checkbox>
            <Button type="primary" size="large" loading={starting} onClick={start} data-testid="start-import">{t('integration.run.start')}</Button>
          </Space>
        </Card>
      )}
      <Space style={{ marginTop: 24 }}>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('integration.wizard.back')}</Button>}
        {step < 2 && <Button type="primary" disabled={!canNext} onClick={next} data-testid="wizard-next">{t('integration.wizard.next')}</Button>}
      </Space>
    </>
  );
}
