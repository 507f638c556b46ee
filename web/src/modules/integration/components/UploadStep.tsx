import { Alert, Card, Col, Form, Radio, Row, Select, Space, Spin, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { IMPORT_TYPES, type Company, type ImportType, type Upload as Staged } from '../api';

const ENCODINGS = ['UTF-8', 'GB18030', 'GBK', 'Big5', 'UTF-16LE', 'ISO-8859-1', 'windows-1252'];

export interface UploadStepProps {
  type: ImportType | null;
  onType: (t: ImportType) => void;
  companies: Company[];
  companyId: string | null;
  onCompany: (id: string) => void;
  upload: Staged | null;
  uploading: boolean;
  onFile: (file: File) => void;
  onReread: (encoding: string | null, sheet: string | null) => void;
}

/** Step 1: what the file holds, for which company, the file itself; encoding (CSV) and sheet (xlsx) when needed. */
export function UploadStep(p: UploadStepProps) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('integration.wizard.type')}</h2>}>
        <Radio.Group value={p.type} onChange={(e) => p.onType(e.target.value as ImportType)} style={{ width: '100%' }} aria-label={t('integration.wizard.type')}>
          <Row gutter={[12, 12]}>
            {IMPORT_TYPES.map((v) => (
              <Col key={v} xs={24} md={12}>
                <Radio value={v}>
                  <strong data-testid={`type-${v}`}>{t(`integration.types.${v}`)}</strong>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t(`integration.typeHelp.${v}`)}</Typography.Paragraph>
                </Radio>
              </Col>
            ))}
          </Row>
        </Radio.Group>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('integration.wizard.file')}</h2>}>
        <Form layout="vertical">
          {p.companies.length > 1 && (
            <Form.Item label={t('integration.wizard.company')} required>
              <Select
                value={p.companyId ?? undefined}
                onChange={p.onCompany}
                placeholder={t('integration.wizard.chooseCompany')}
                options={p.companies.map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))}
                style={{ maxWidth: 420 }}
                data-testid="company"
              />
            </Form.Item>
          )}
          <Upload.Dragger
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              p.onFile(file);
              return false;
            }}
            disabled={p.uploading}
            data-testid="file-drop"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('integration.wizard.dragHint')}</p>
            <p className="ant-upload-hint">{t('integration.wizard.dragSub')}</p>
          </Upload.Dragger>
          {p.uploading && <Spin style={{ marginTop: 12 }} description={t('integration.wizard.uploading')} />}
          {p.upload && !p.uploading && (
            <Space orientation="vertical" style={{ marginTop: 16, width: '100%' }}>
              <Typography.Text strong data-testid="uploaded-file">
                {t('integration.wizard.uploaded', { name: p.upload.fileName, size: `${fmt.number(p.upload.size)} B`, format: p.upload.format })}
              </Typography.Text>
              <Space wrap>
                {p.upload.format === 'CSV' && (
                  <Form.Item label={t('integration.wizard.encoding')} style={{ marginBottom: 0 }} extra={t('integration.wizard.encodingAuto', { encoding: p.upload.encoding ?? '' })}>
                    <Select
                      value={p.upload.encoding ?? undefined}
                      onChange={(e: string) => p.onReread(e, null)}
                      options={ENCODINGS.map((e) => ({ value: e, label: e }))}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                )}
                {p.upload.sheets.length > 1 && (
                  <Form.Item label={t('integration.wizard.sheet')} style={{ marginBottom: 0 }}>
                    <Select
                      value={p.upload.sheet ?? p.upload.sheets[0]}
                      onChange={(s: string) => p.onReread(null, s)}
                      options={p.upload.sheets.map((s) => ({ value: s, label: s }))}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                )}
              </Space>
              {p.upload.earlierImports.length > 0 && (
                <Alert type="info" showIcon title={t('integration.wizard.earlierImports', { count: p.upload.earlierImports.length })} />
              )}
            </Space>
          )}
        </Form>
      </Card>
    </Space>
  );
}
