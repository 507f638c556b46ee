import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../core/api/problem';
import { renderApp } from '../../../test/render';
import type { Invoice, InvoiceInput, InvoicePreview } from '../api';
import InvoiceFormPage from './InvoiceFormPage';

const api = vi.hoisted(() => ({
  get: vi.fn(),
  preview: vi.fn(),
  update: vi.fn(),
  create: vi.fn(),
  issue: vi.fn(),
  customers: vi.fn(),
  customer: vi.fn(),
}));
vi.mock('../api', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), invoicingApi: api }));

const cny = (amount: string) => ({ amount, currency: 'CNY' });

const draft = {
  id: 'inv-1', customerId: 'c-1', customer: { code: 'ACME', name: '艾克米', nameEn: 'Acme Ltd', taxId: null }, status: 'DRAFT', number: null,
  currency: 'CNY', invoiceDate: '2026-03-10', paymentTerms: '2/10,NET30', requestedDueDate: null, pricesIncludeTax: false,
  taxRounding: 'CN_VAT_HALF_UP', schedule: null, reference: 'PO-1', notes: null, version: 3,
  lines: [
    { lineNo: 1, description: 'Widget', unit: 'pcs', quantity: '3', unitPrice: '19.99', discountPercent: '0', taxRate: '13' },
    { lineNo: 2, description: 'Service', unit: null, quantity: '1', unitPrice: '100.00', discountPercent: '0', taxRate: '6' },
  ],
} as unknown as Invoice;

function previewOf(body: InvoiceInput): InvoicePreview {
  const gross = body.lines.length === 3 ? '190.30' : '165.77';
  return {
    companyId: 'co', currency: 'CNY', paymentTerms: '2/10,NET30', dueDate: '2026-04-09', pricesIncludeTax: false, taxRounding: 'CN_VAT_HALF_UP',
    lines: [], taxGroups: [], totals: { list: cny(gross), discount: cny('0.00'), net: cny('150.00'), tax: cny('15.77'), gross: cny(gross) },
    installments: [{ installmentNo: 1, percent: null, dueDate: '2026-04-09', amount: cny(gross), openAmount: null, ledgerItemId: null }],
  };
}

function renderEdit(lang: 'en' | 'zh-CN' = 'en') {
  return renderApp(
    <Routes>
      <Route path="/invoices/:id/edit" element={<InvoiceFormPage />} />
      <Route path="/invoices/:id" element={<p>detail page</p>} />
    </Routes>,
    { route: '/invoices/inv-1/edit', lang },
  );
}

const SLOW = { timeout: 10000 };

const cellInput = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('the invoice form', () => {
  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset());
    api.get.mockResolvedValue({ invoice: draft, creditNotes: [], ledger: [], history: [] });
    api.preview.mockImplementation((body: InvoiceInput) => Promise.resolve(previewOf(body)));
    api.customers.mockResolvedValue({ items: [], total: 0, page: 0, size: 20 });
  }, 60000);

  it('loads the draft and shows the server’s live totals, recomputed when a line is added', async () => {
    renderEdit();
    await waitFor(() => expect(cellInput('Line 1 Description')).toHaveValue('Widget'), SLOW);
    await waitFor(() => expect(screen.getByTestId('preview-gross')).toHaveTextContent('165.77'), SLOW);
    fireEvent.click(screen.getByTestId('add-line'));
    await waitFor(() => expect(cellInput('Line 3 Description')).toHaveFocus(), SLOW);
    fireEvent.change(cellInput('Line 3 Description'), { target: { value: 'Extra' } });
    fireEvent.change(cellInput('Line 3 Unit price'), { target: { value: '20.00' } });
    await waitFor(() => expect(screen.getByTestId('preview-gross')).toHaveTextContent('190.30'), SLOW);
    const lastBody = api.preview.mock.calls.at(-1)![0] as InvoiceInput;
    expect(lastBody.lines[2]).toMatchObject({ description: 'Extra', quantity: '1', unitPrice: '20', taxRate: '13' });
  }, 60000);

  it('removes a line with its labelled button and keeps at least one', async () => {
    renderEdit();
    await waitFor(() => expect(cellInput('Line 2 Description')).toHaveValue('Service'), SLOW);
    fireEvent.click(screen.getByLabelText('Remove line 2'));
    expect(screen.queryByLabelText('Line 2 Description')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Remove line 1')).toBeDisabled(), SLOW);
  }, 60000);

  it('puts the server’s field errors on the right cells (lines[1].quantity) and keeps the rest in an alert', async () => {
    api.update.mockRejectedValue(
      new ApiError(400, 'VALIDATION_FAILED', {
        status: 400, code: 'VALIDATION_FAILED', title: 'Invalid request', detail: 'Some fields are invalid; see errors.',
        errors: [
          { field: 'lines[1].quantity', code: 'INVOICING_INVALID_QUANTITY', message: 'The quantity 0 is invalid' },
          { field: 'dueDate', code: 'INVOICING_DUE_BEFORE_INVOICE', message: 'The due date is before the invoice date' },
          { field: 'schedule', code: 'INVOICING_INSTALLMENT_TOO_SMALL', message: 'Installment 3 would be 0.00' },
        ],
      }),
    );
    renderEdit();
    await waitFor(() => expect(cellInput('Line 2 Description')).toHaveValue('Service'), SLOW);
    fireEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(api.update).toHaveBeenCalled(), SLOW);
    const [id, body] = api.update.mock.calls[0]! as [string, InvoiceInput];
    expect(id).toBe('inv-1');
    expect(body).toMatchObject({ version: 3, customerId: 'c-1', invoiceDate: '2026-03-10', reference: 'PO-1' });
    const quantityItem = cellInput('Line 2 Quantity').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(quantityItem).toHaveTextContent('The quantity 0 is invalid'), SLOW);
    expect(cellInput('Line 1 Quantity').closest('.ant-form-item')).not.toHaveTextContent('invalid');
    expect(screen.getByLabelText('Due date').closest('.ant-form-item')).toHaveTextContent('before the invoice date');
    expect(screen.getByText('Installment 3 would be 0.00')).toBeInTheDocument();
  }, 60000);

  it('saves and issues, then opens the invoice', async () => {
    api.update.mockResolvedValue({ ...draft, version: 4 });
    api.issue.mockResolvedValue({ ...draft, status: 'ISSUED', number: 'INV-2026-000009' });
    renderEdit('zh-CN');
    await waitFor(() => expect(cellInput('第 1 行 货物或服务名称')).toHaveValue('Widget'), SLOW);
    fireEvent.click(screen.getByTestId('save-and-issue'));
    await waitFor(() => expect(api.update).toHaveBeenCalled(), SLOW);
    await waitFor(() => expect(screen.getByText('detail page')).toBeInTheDocument(), SLOW);
    expect(api.issue).toHaveBeenCalledWith('inv-1', 4, expect.any(String));
    expect(within(document.body).getByText('发票 INV-2026-000009 已开具')).toBeInTheDocument();
  }, 60000);
});
