import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { ApiError } from '../api/problem';
import { FormErrorAlert } from './FormErrorAlert';
import { applyProblemToForm, parseFieldPath } from './problemForm';
import { useServerForm } from './useServerForm';

const problem = (errors: { field: string; message: string }[], detail = 'Check the marked fields') =>
  new ApiError(400, 'INVALID_VALUE', { status: 400, code: 'INVALID_VALUE', title: 'Invalid request', detail, errors });

describe('parseFieldPath', () => {
  it('turns JSON paths into antd name paths', () => {
    expect(parseFieldPath('lines[2].amount')).toEqual(['lines', 2, 'amount']);
    expect(parseFieldPath('customer.contacts[0].email')).toEqual(['customer', 'contacts', 0, 'email']);
    expect(parseFieldPath('lines.1.taxRate')).toEqual(['lines', 1, 'taxRate']);
    expect(parseFieldPath('language')).toEqual(['language']);
    expect(parseFieldPath('matrix[1][3]')).toEqual(['matrix', 1, 3]);
  });
});

interface InvoiceForm {
  customer: string;
  lines: { amount: string }[];
}

/** An invoice-like form: a plain field and a list of line amounts, submitted to a server that answers problem+json. */
function InvoiceEditor({ fail }: { fail: () => ApiError }) {
  const [form] = Form.useForm<InvoiceForm>();
  const { onFinish, error, otherErrors, submitting } = useServerForm(form, async () => {
    throw fail();
  });
  return (
    <>
      <FormErrorAlert error={error} otherErrors={otherErrors} />
      <Form form={form} onFinish={onFinish} initialValues={{ customer: 'C-1', lines: [{ amount: '1' }, { amount: '2' }, { amount: '-3' }] }}>
        <Form.Item name="customer" label="Customer">
          <Input />
        </Form.Item>
        <Form.List name="lines">
          {(fields) =>
            fields.map((f) => (
              <Form.Item key={f.key} name={[f.name, 'amount']} label={`Line ${f.name + 1} amount`}>
                <Input />
              </Form.Item>
            ))
          }
        </Form.List>
        <Button htmlType="submit" loading={submitting}>Save</Button>
      </Form>
    </>
  );
}

const itemOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('server field errors on the form', () => {
  it('appear under the field of the same JSON path, including list items', async () => {
    renderApp(<InvoiceEditor fail={() => problem([{ field: 'lines[2].amount', message: 'Must be greater than zero' }, { field: 'customer', message: 'Unknown customer C-1' }])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(itemOf('Line 3 amount')).toHaveTextContent('Must be greater than zero'));
    expect(itemOf('Customer')).toHaveTextContent('Unknown customer C-1');
    expect(itemOf('Line 1 amount')).not.toHaveTextContent('Must be greater than zero');
    expect(itemOf('Line 3 amount')).toHaveClass('ant-form-item-has-error');
    // every message is on a field: no general alert
    expect(document.querySelector('.ant-alert')).toBeNull();
  });

  it('keeps errors of fields the form does not have in a general alert with the problem’s title', async () => {
    renderApp(<InvoiceEditor fail={() => problem([{ field: 'lines[0].amount', message: 'Too many decimals' }, { field: 'dueDate', message: 'Due date before invoice date' }])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await waitFor(() => document.querySelector('.ant-alert') as HTMLElement);
    expect(alert).not.toBeNull();
    expect(alert).toHaveTextContent('Invalid request');
    expect(alert).toHaveTextContent('dueDate: Due date before invoice date');
    expect(alert).not.toHaveTextContent('Too many decimals');
    expect(itemOf('Line 1 amount')).toHaveTextContent('Too many decimals');
  });

  it('shows a failure without field errors (e.g. a conflict) as the alert', async () => {
    renderApp(<InvoiceEditor fail={() => new ApiError(409, 'LEDGER_CONCURRENT', { status: 409, title: 'Changed by someone else', detail: 'Reload and try again' })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await waitFor(() => document.querySelector('.ant-alert') as HTMLElement);
    expect(alert).not.toBeNull();
    expect(alert).toHaveTextContent('Changed by someone else');
    expect(alert).toHaveTextContent('Reload and try again');
  });

  it('returns what it could not place when used directly', () => {
    let unmatched: unknown[] = [];
    function Direct() {
      const [form] = Form.useForm();
      return (
        <Form form={form}>
          <Form.Item name={['lines', 0, 'amount']} label="Amount"><Input /></Form.Item>
          <Button onClick={() => (unmatched = applyProblemToForm(form, problem([{ field: 'lines[0].amount', message: 'Bad' }, { field: 'lines[5].amount', message: 'Gone' }]), { focus: false }))}>Apply</Button>
        </Form>
      );
    }
    renderApp(<Direct />);
    act(() => screen.getByRole('button', { name: 'Apply' }).click());
    expect(unmatched).toEqual([{ field: 'lines[5].amount', message: 'Gone' }]);
  });
});
