import { useEffect, useRef, useState } from 'react';
import { Col, Form, Input, Row, Tabs, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';
import { TEMPLATE_LANGUAGES, TEMPLATE_PARTS, collectionsApi, type Template, type TemplatePreview, type TemplateVariable } from '../api';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';

export interface TemplateFormValues {
  description: string | null;
  comment: string | null;
  texts: Template['texts'];
}

/** Dotted names of the variables a template may use (`customer.name`; a list's fields inside its section). */
export function variablePaths(vars: TemplateVariable[], prefix = ''): string[] {
  return vars.flatMap((v) => (v.fields.length > 0 ? [`${prefix}${v.name}`, ...variablePaths(v.fields, `${prefix}${v.name}.`)] : [`${prefix}${v.name}`]));
}

/** Removes empty parts so a channel the author cleared is not sent as an empty string. */
export function cleanTexts(texts: Template['texts'] | undefined): Template['texts'] {
  const out: Template['texts'] = {};
  for (const lang of TEMPLATE_LANGUAGES) {
    const parts = texts?.[lang] ?? {};
    out[lang] = Object.fromEntries(TEMPLATE_PARTS.map((p) => [p, parts[p]?.length ? parts[p] : null]));
  }
  return out;
}

const TEXTAREA_PARTS = new Set(['emailHtml', 'emailText', 'letterHtml', 'smsText']);

/**
 * The template editor: its texts per language with a live preview of both languages (rendered by the server with the
 * variables' sample values, 400 ms after the last key stroke). A preview failure (an unknown variable) shows the
 * server's messages; saving puts them on the fields (`texts.en.emailSubject`).
 */
export function TemplateForm({ form, template, readOnly, previewVia, onFinish, debounceMs = 400 }: {
  form: FormInstance<TemplateFormValues>;
  template: Template;
  readOnly: boolean;
  /** Which preview endpoint the user may call; null: none (the preview is not shown). */
  previewVia: 'editor' | 'collector' | null;
  onFinish: (v: TemplateFormValues) => void;
  debounceMs?: number;
}) {
  const t = useT();
  const texts = Form.useWatch('texts', form) as Template['texts'] | undefined;
  const [preview, setPreview] = useState<TemplatePreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const serialized = JSON.stringify(cleanTexts(texts ?? template.texts));

  useEffect(() => {
    if (!previewVia) return undefined;
    const mine = ++seq.current;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      collectionsApi.previewTemplate(previewVia, { description: template.description, variables: template.variables, texts: JSON.parse(serialized) as Template['texts'] }, controller.signal)
        .then((p) => { if (mine === seq.current) { setPreview(p); setError(null); } })
        .catch((e: unknown) => { if (mine === seq.current && !controller.signal.aborted) setError(e); })
        .finally(() => { if (mine === seq.current) setLoading(false); });
    }, debounceMs);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [serialized, template.description, template.variables, debounceMs, previewVia]);

  const paths = variablePaths(template.variables);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Form<TemplateFormValues> form={form} layout="vertical" disabled={readOnly} onFinish={onFinish}>
          <Form.Item name="description" label={t('collections.templates.descriptionField')}>
            <Input maxLength={500} />
          </Form.Item>
          <Tabs items={TEMPLATE_LANGUAGES.map((lang) => ({
            key: lang, label: t(`collections.templates.lang.${lang}`), forceRender: true,
            children: TEMPLATE_PARTS.map((part) => (
              <Form.Item key={part} name={['texts', lang, part]} label={t(`collections.templates.part.${part}`)}>
                {TEXTAREA_PARTS.has(part) ? <Input.TextArea autoSize={{ minRows: part === 'smsText' ? 2 : 4, maxRows: 14 }} lang={lang} className="mono" />
                  : <Input lang={lang} />}
              </Form.Item>
            )),
          }))} />
          <Form.Item name="comment" label={t('collections.strategy.comment')}>
            <Input maxLength={500} placeholder={t('collections.strategy.commentPlaceholder')} />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            {t('collections.templates.variables')}{' '}
            {paths.map((p) => <Tooltip key={p} title={`{{${p}}}`}><Tag style={{ marginBottom: 4 }} className="mono">{p}</Tag></Tooltip>)}
          </Typography.Paragraph>
        </Form>
      </Col>
      <Col xs={24} xl={12}>
        <Typography.Title level={2} style={{ fontSize: 16 }}>{t('collections.templates.preview')}</Typography.Title>
        {previewVia ? <TemplatePreviewPanel preview={preview} error={error} loading={loading} />
          : <Typography.Text type="secondary">{t('collections.templates.noPreviewRole')}</Typography.Text>}
      </Col>
    </Row>
  );
}
