import { useState } from 'react';
import { App, Button } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { saveFile } from '../api';

/** Downloads a document's PDF in the language the user works in. */
export function PdfButton({ load, fallbackName }: { load: (lang: string) => Promise<{ blob: Blob; filename: string | null }>; fallbackName: string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<FilePdfOutlined />}
      loading={busy}
      data-testid="download-pdf"
      onClick={() => {
        setBusy(true);
        load(lang)
          .then((file) => saveFile(file, fallbackName))
          .catch((e: unknown) => message.error(describeError(e, t).title))
          .finally(() => setBusy(false));
      }}
    >
      {t('invoicing.detail.pdf')}
    </Button>
  );
}
