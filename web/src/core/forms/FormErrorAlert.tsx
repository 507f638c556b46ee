import { Alert } from 'antd';
import type { ApiError, FieldError } from '../api/problem';
import { describeError } from '../api/describeError';
import { useT } from '../i18n/I18nProvider';

/** The form-level part of a failed submit: the problem's title and detail, and field errors no field shows. */
export function FormErrorAlert({ error, otherErrors = [], onClose }: { error: ApiError | null; otherErrors?: FieldError[]; onClose?: () => void }) {
  const t = useT();
  if (!error && otherErrors.length === 0) return null;
  const { title, detail } = error ? describeError(error, t) : { title: t('core.form.invalid'), detail: '' };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={onClose ? { onClose } : false}
      style={{ marginBottom: 16 }}
      title={title}
      description={
        detail || otherErrors.length > 0 ? (
          <>
            {detail && <div>{detail}</div>}
            {otherErrors.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {otherErrors.map((fe) => (
                  <li key={`${fe.field}:${fe.message}`}>
                    <code>{fe.field}</code>: {fe.message}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : undefined
      }
    />
  );
}
