import { InputNumber, type InputNumberProps } from 'antd';
import { currencyDigits } from '../format/money';

/** ("-1234567.5", 2) -> "-1,234,567.50": separators in the integer part, decimals padded to the currency's. */
function display(value: string, digits: number): string {
  if (value === '') return '';
  const [int = '', frac = ''] = value.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits > 0 || frac ? `${grouped}.${frac.padEnd(digits, '0')}` : grouped;
}

export type MoneyInputProps = Omit<InputNumberProps<string>, 'stringMode' | 'precision' | 'value' | 'onChange'> & {
  currency: string;
  /** The amount as the API wants it: a decimal string ("1234.50"), never a JS number. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * An amount field: keeps the value as an exact decimal string (InputNumber's stringMode), with the currency's number
 * of decimals, thousands separators while reading and the currency code beside it. Use inside a Form.Item.
 */
export function MoneyInput({ currency, value, onChange, ...rest }: MoneyInputProps) {
  const digits = currencyDigits(currency);
  return (
    <InputNumber<string>
      {...rest}
      stringMode
      precision={digits}
      {...(value === undefined ? {} : { value })}
      onChange={(v) => onChange?.(v === null || v === '' ? null : String(v))}
      formatter={(v, info) => (info.userTyping ? (info.input ?? '') : display(String(v ?? ''), digits))}
      parser={(v) => (v ?? '').replace(/,/g, '')}
      suffix={currency}
      style={{ width: '100%', ...rest.style }}
    />
  );
}
