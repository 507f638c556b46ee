import { useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { describeError } from '../../../core/api/describeError';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { auditApi, type AuditVerification } from '../api';
import { problemMessage } from '../diff';

type State =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: AuditVerification; at: string }
  | { status: 'failed'; error: unknown };

/** Re-computes the whole hash chain on the server and says plainly whether the log is intact. */
export function ChainVerification() {
  const t = useT();
  const fmt = useFormat();
  const [state, setState] = useState<State>({ status: 'idle' });

  const run = async () => {
    setState({ status: 'running' });
    try {
      const result = await auditApi.verify();
      setState({ status: 'done', result, at: new Date().toISOString() });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ fontSize: 15, margin: 0 }}><SafetyCertificateOutlined /> {t('audit.verify.title')}</h2>}
      extra={
        <Button type="primary" ghost onClick={run} loading={state.status === 'running'} data-testid="verify-chain">
          {t('audit.verify.run')}
        </Button>
      }
    >
      <div aria-live="polite" data-testid="verify-result">
        {state.status === 'idle' && <Typography.Text type="secondary">{t('audit.verify.help')}</Typography.Text>}
        {state.status === 'running' && <Typography.Text type="secondary">{t('audit.verify.running')}</Typography.Text>}
        {state.status === 'failed' && (
          <Alert type="error" showIcon title={describeError(state.error, t).title} description={describeError(state.error, t).detail} />
        )}
        {state.status === 'done' && state.result.ok && (
          <Alert
            type="success"
            showIcon
            data-testid="chain-intact"
            title={t('audit.verify.intact')}
            description={t('audit.verify.intactDetail', { count: state.result.rowsChecked, time: fmt.dateTime(state.at) })}
          />
        )}
        {state.status === 'done' && !state.result.ok && (
          <Alert
            type="error"
            showIcon
            data-testid="chain-broken"
            title={t('audit.verify.broken', { count: state.result.problems.length })}
            description={
              <Space orientation="vertical" size={4}>
                <span>{t('audit.verify.brokenDetail', { count: state.result.rowsChecked, time: fmt.dateTime(state.at) })}</span>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {state.result.problems.map((p) => {
                    const known = problemMessage(p);
                    return <li key={p}>{known ? t(known.key, known.params) : p}</li>;
                  })}
                </ul>
              </Space>
            }
          />
        )}
      </div>
    </Card>
  );
}
