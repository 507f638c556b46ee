import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { MoneyInput } from './MoneyInput';

describe('MoneyInput', () => {
  it('hands back exact decimal strings with the currency’s digits, beyond float precision', () => {
    const onChange = vi.fn();
    renderApp(<MoneyInput currency="CNY" aria-label="Amount" onChange={onChange} />);
    const input = screen.getByLabelText('Amount');
    fireEvent.change(input, { target: { value: '12345678901234567.89' } });
    expect(onChange).toHaveBeenLastCalledWith('12345678901234567.89');
    fireEvent.blur(input);
    expect(input).toHaveValue('12,345,678,901,234,567.89');
  });

  it('shows a given value grouped and with the currency', () => {
    renderApp(<MoneyInput currency="JPY" aria-label="Amount" value="1234567" />);
    expect(screen.getByLabelText('Amount')).toHaveValue('1,234,567');
    expect(screen.getByText('JPY')).toBeInTheDocument();
  });

  it('shows the currency’s decimals once the field is left', () => {
    const onChange = vi.fn();
    renderApp(<MoneyInput currency="CNY" aria-label="Amount" onChange={onChange} />);
    const input = screen.getByLabelText('Amount');
    fireEvent.change(input, { target: { value: '10.5' } });
    fireEvent.blur(input);
    expect(input).toHaveValue('10.50');
  });
});
