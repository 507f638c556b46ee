import { Alert, Card, Empty, Space, Spin, Typography } from 'antd';
import type { ApiError } from '../../../core/api/problem';
import { describeError } from '../../../core/api/describeError';
import { useT } from '../../../core/i18n/I18nProvider';
import { TEMPLATE_LANGUAGES, type TemplatePreview } from '../api';

/**
 * A template rendered with sample data in both languages side by side: e-mail subject and body, SMS, letter. HTML is
 * shown in a sandboxed frame (no scripts, no same-origin access).
 */
export function TemplatePreviewPanel({ preview, error, loading }: { preview: TemplatePreview | null; error: unknown; loading: boolean }) {
  const t = useT();
  const problem = error as ApiError | null;
  return (
    <div aria-live="polite" data-testid="template-preview">
      {error ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={t('collections.templates.previewFailed')}
          description={problem?.fieldErrors?.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problem.fieldErrors.map((fe) => <li key={fe.field + fe.message}><code>{fe.field}</code>: {fe.message}</li>)}
            </ul>
          ) : describeError(error, t).detail || describeError(error, t).title} />
      ) : null}
      <Spin spinning={loading}>
        {!preview ? <Empty description={t('collections.templates.noPreview')} /> : (
          <Space orientation="vertical" style={{ width: '100%' }} size={12}>
            {TEMPLATE_LANGUAGES.map((lang) => {
              const r = preview.languages[lang];
              if (!r) return null;
              return (
                <Card key={lang} size="small" title={t(`collections.templates.lang.${lang}`)} data-testid={`preview-${lang}`} lang={lang}>
                  {r.emailSubject && (
                    <Typography.Paragraph>
                      <Typography.Text type="secondary">{t('collections.templates.part.emailSubject')}: </Typography.Text>
                      <Typography.Text strong data-testid={`preview-${lang}-subject`}>{r.emailSubject}</Typography.Text>
                    </Typography.Paragraph>
                  )}
                  {r.emailHtml && (
                    <iframe title={t('collections.templates.previewFrame', { part: t('collections.templates.part.emailHtml'), lang: t(`collections.templates.lang.${lang}`) })}
                      sandbox="" srcDoc={r.emailHtml} style={{ width: '100%', height: 260, border: '1px solid #f0f0f0', background: '#fff' }} />
                  )}
                  {r.smsText && (
                    <Typography.Paragraph style={{ marginTop: 8 }}>
                      <Typography.Text type="secondary">{t('collections.templates.part.smsText')}: </Typography.Text>
                      <span data-testid={`preview-${lang}-sms`}>{r.smsText}</span>
                    </Typography.Paragraph>
                  )}
                  {r.letterHtml && (
                    <iframe title={t('collections.templates.previewFrame', { part: t('collections.templates.part.letterHtml'), lang: t(`collections.templates.lang.${lang}`) })}
                      sandbox="" srcDoc={r.letterHtml} style={{ width: '100%', height: 260, border: '1px solid #f0f0f0', background: '#fff', marginTop: 8 }} />
                  )}
                </Card>
              );
            })}
          </Space>
        )}
      </Spin>
    </div>
  );
}
