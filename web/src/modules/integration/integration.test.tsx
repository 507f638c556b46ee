import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import type { ImportJob, Preview } from './api';
import { JobSummary } from './components/JobSummary';
import { PreviewTable } from './components/PreviewTable';
import { fitToHeader } from './components/SavedMappings';

const preview: Preview = {
  header: ['客户编码', '开票日期', '金额'],
  mapping: { columns: { 客户编码: 'customerCode', 开票日期: 'invoiceDate', 金额: 'amount' } },
  ignoredColumns: [],
  unmappedRequired: [],
  suggestedDateFormat: null,
  rows: [
    { rowNumber: 2, cells: ['C1', '2026-01-05', '10.00'], values: {}, problems: [] },
    {
      rowNumber: 3,
      cells: ['C1', '2026-02-30', 'abc'],
      values: {},
      problems: [
        { column: '开票日期', field: 'invoiceDate', code: 'INTEGRATION_INVALID_DATE', args: [], message: '“2026-02-30”不是日期' },
        { column: '金额', field: 'amount', code: 'INTEGRATION_INVALID_AMOUNT', args: [], message: '“abc”不是金额' },
      ],
    },
  ],
};

const job: ImportJob = {
  id: 'j1', type: 'OPEN_INVOICES', status: 'COMPLETED', companyId: 'c1', fileName: 'open.csv', sha256: 'x', fileBytes: 10,
  format: 'CSV', encoding: 'GB18030', dryRun: false, previousJobId: null, ignoredColumns: ['备注'], failureCode: null,
  failureMessage: null, createdBy: 'clerk', createdAt: '2026-11-22T08:00:00Z', startedAt: null, finishedAt: null,
  progress: { rowsRead: 1200, accepted: 1190, rejected: 10, alreadyPresent: 0, customersCreated: 2, bytesRead: 100, totalBytes: 100, percent: 100 },
};

describe('import wizard parts', () => {
  it('marks each bad cell and counts the rows that are fine, in Chinese', () => {
    renderApp(<PreviewTable preview={preview} />, { lang: 'zh-CN' });
    const bad = screen.getAllByTestId('cell-error');
    expect(bad.map((c) => c.textContent)).toEqual(['2026-02-30', 'abc']);
    expect(screen.getByTestId('preview-problem').textContent).toContain('2 个问题');
    expect(screen.getByText(/预览的 2 行中有 1 行正常/)).toBeTruthy();
    expect(screen.getAllByText(/→ 开票日期/).length).toBeGreaterThan(0);
  });

  it('shows the counts, the encoding and the ignored columns of a job', () => {
    renderApp(<JobSummary job={job} />, { lang: 'en' });
    expect(screen.getByText('1,190')).toBeTruthy();
    expect(screen.getByText('10')).toBeTruthy();
    expect(screen.getByText(/open\.csv \(CSV, GB18030\)/)).toBeTruthy();
    expect(screen.getByText('Columns not imported: 备注')).toBeTruthy();
    expect(screen.getByTestId('import-status').textContent).toBe('Completed');
  });

  it('applies a saved mapping to the columns this file has, headers compared loosely', () => {
    const m = fitToHeader({ columns: { 'Invoice No': 'invoiceNumber', Kunde: 'customerCode', gone: 'amount' }, dateFormat: 'DMY' }, ['invoice no.', 'Kunde', 'Betrag']);
    expect(m.columns).toEqual({ 'invoice no.': 'invoiceNumber', Kunde: 'customerCode' });
    expect(m.dateFormat).toBe('DMY');
  });
});
