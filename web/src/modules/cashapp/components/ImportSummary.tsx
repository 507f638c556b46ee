import { Alert, Button, List, Result, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import type { ImportedStatement, ImportResult } from '../api';

/** What an import did: per statement stored or skipped, what matching posted and queued, entries seen before. */
export function ImportSummary({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const t = useT();
  const allDuplicates = result.totals.statements === result.totals.duplicateStatements;
  const firstNew = result.statements.find((s) => !s.duplicate && s.id);
  return (
    <Result
      status={allDuplicates ? 'info' : 'success'}
      title={t(allDuplicates ? 'cashapp.upload.resultAllDuplicates' : 'cashapp.upload.resultTitle', { file: result.source })}
      subTitle={
        <span data-testid="import-summary">
          {t('cashapp.upload.summary', {
            posted: result.totals.autoPosted,
            queued: result.totals.queued,
            duplicates: result.totals.duplicateStatements + result.totals.duplicateEntries,
          })}
        </span>
      }
      extra={
        <Space wrap>
          {firstNew && (
            <Link to={`/cash/reconcile?statementId=${firstNew.id}`}>
              <Button type="primary">{t('cashapp.upload.openQueue')}</Button>
            </Link>
          )}
          <Button onClick={onAnother}>{t('cashapp.upload.another')}</Button>
        </Space>
      }
    >
      <List size="small" dataSource={result.statements} renderItem={(s) => <StatementOutcome s={s} />} />
    </Result>
  );
}

function StatementOutcome({ s }: { s: ImportedStatement }) {
  const t = useT();
  const fmt = useFormat();
  const ref = s.statementRef ?? '—';
  if (s.duplicate) {
    return (
      <List.Item>
        <Typography.Text type="secondary">
          <Tag>{t('cashapp.status.DUPLICATE')}</Tag>
          {t('cashapp.upload.statementDuplicate', { ref, account: s.account, source: s.previousSource ?? '', when: fmt.dateTime(s.importedBefore) })}
        </Typography.Text>
      </List.Item>
    );
  }
  const m = s.matching;
  return (
    <List.Item>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text strong>{t('cashapp.upload.statementNew', { ref, account: s.account })}</Typography.Text>
        <Typography.Text type="secondary">{t('cashapp.upload.linesReceipts', { lines: s.lines, receipts: s.credits })}</Typography.Text>
        {m && <Typography.Text>{t('cashapp.upload.matching', { posted: m.autoPosted, suggested: m.suggested, unmatched: m.unmatched })}</Typography.Text>}
        {m && m.notPosted > 0 && <Alert type="warning" showIcon title={t('cashapp.upload.notPosted', { count: m.notPosted })} />}
        {s.skippedEntries.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('cashapp.upload.skippedEntries', { count: s.skippedEntries.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {s.skippedEntries.map((e) => (
                  <li key={e.lineRef + e.originalStatementId}>
                    {t('cashapp.upload.skippedEntry', { ref: e.lineRef, amount: fmt.money(e.amount), date: fmt.date(e.valueDate), source: e.originalSource })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {s.warnings.length > 0 && (
          <Alert type="warning" showIcon title={t('cashapp.statements.warnings', { count: s.warnings.length })}
            description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{s.warnings.map((w) => <li key={w}>{w}</li>)}</ul>} />
        )}
      </Space>
    </List.Item>
  );
}
