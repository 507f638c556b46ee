// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addMoney, compareMoney, currencyDigits, formatMoney, fromMinor, subtractMoney, sumMoney, toMinor } from './money';

const m = (amount: string, currency = 'CNY') => ({ amount, currency });

describe('formatMoney', () => {
  it('formats per language and currency, with the currency symbol each language uses', () => {
    expect(formatMoney(m('1234.50'), 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(m('1234.50'), 'en')).toBe('CN¥1,234.50');
    expect(formatMoney(m('1234.50', 'USD'), 'en')).toBe('$1,234.50');
    expect(formatMoney(m('1234.50', 'USD'), 'zh-CN')).toBe('US$1,234.50');
    expect(formatMoney(m('99.95', 'EUR'), 'en')).toBe('€99.95');
  });

  it('uses each currency’s own minor digits', () => {
    expect(formatMoney(m('1235', 'JPY'), 'en')).toBe('¥1,235');
    expect(formatMoney(m('1235', 'JPY'), 'zh-CN')).toBe('JP¥1,235');
    expect(formatMoney(m('12.345', 'KWD'), 'en')).toMatch(/^KWD\s12\.345$/);
    expect(formatMoney(m('7', 'CNY'), 'zh-CN')).toBe('¥7.00');
    expect(currencyDigits('CNY')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('keeps every digit of amounts beyond float precision', () => {
    // 12345678901234567.89 is not representable as a double (it would print ...568.00)
    expect(formatMoney(m('12345678901234567.89'), 'zh-CN')).toBe('¥12,345,678,901,234,567.89');
    expect(formatMoney(m('0.10'), 'en')).toBe('CN¥0.10');
  });

  it('shows negatives with a minus sign, or in parentheses for accounting', () => {
    expect(formatMoney(m('-50.00'), 'en')).toBe('-CN¥50.00');
    expect(formatMoney(m('-50.00'), 'en', { accounting: true })).toBe('(CN¥50.00)');
    expect(formatMoney(m('-0.00'), 'en')).toBe('CN¥0.00');
    expect(formatMoney(m('25.00'), 'zh-CN', { sign: 'always' })).toBe('+¥25.00');
  });

  it('can show the ISO code or no currency at all', () => {
    expect(formatMoney(m('1234.50'), 'en', { display: 'code' })).toMatch(/^CNY\s1,234\.50$/);
    expect(formatMoney(m('1234.50'), 'zh-CN', { display: 'none' })).toBe('1,234.50');
  });

  it('never rounds silently: extra decimals are shown, garbage is refused', () => {
    expect(formatMoney(m('1.005'), 'en')).toBe('CN¥1.005');
    expect(() => formatMoney(m('12,50'), 'en')).toThrow(RangeError);
    expect(() => formatMoney(m('1e3'), 'en')).toThrow(RangeError);
  });
});

describe('money arithmetic in minor units', () => {
  it('adds exactly where floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney(m('0.10'), m('0.20'))).toEqual(m('0.30'));
    expect(sumMoney([m('0.10'), m('0.20'), m('-0.05')], 'CNY')).toEqual(m('0.25'));
    expect(subtractMoney(m('100.00'), m('100.01'))).toEqual(m('-0.01'));
    expect(sumMoney([m('99999999999999999.99'), m('0.01')], 'CNY')).toEqual(m('100000000000000000.00'));
  });

  it('converts to and from minor units per currency', () => {
    expect(toMinor(m('1234.5'))).toBe(123450n);
    expect(toMinor(m('-0.01'))).toBe(-1n);
    expect(toMinor(m('1235', 'JPY'))).toBe(1235n);
    expect(fromMinor(5n, 'CNY')).toEqual(m('0.05'));
    expect(fromMinor(-123450n, 'CNY')).toEqual(m('-1234.50'));
    expect(fromMinor(1235n, 'JPY')).toEqual(m('1235', 'JPY'));
    expect(fromMinor(1n, 'KWD')).toEqual(m('0.001', 'KWD'));
  });

  it('refuses to mix currencies or to drop decimals', () => {
    expect(() => addMoney(m('1.00'), m('1.00', 'USD'))).toThrow(/CNY and USD/);
    expect(() => sumMoney([m('1.00', 'USD')], 'CNY')).toThrow(RangeError);
    expect(() => toMinor(m('1.001'))).toThrow(/more decimals/);
    expect(toMinor(m('1.000'))).toBe(100n);
  });

  it('compares', () => {
    expect(compareMoney(m('10.00'), m('9.99'))).toBe(1);
    expect(compareMoney(m('-1.00'), m('1.00'))).toBe(-1);
    expect(compareMoney(m('1.0'), m('1.00'))).toBe(0);
  });
});
