// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatDateTime, parseIsoDate, todayIso } from './dates';
import { formatNumber, formatPercent } from './numbers';

describe('business dates', () => {
  it('formats the Chinese way and the English way', () => {
    expect(formatDate('2026-03-01', 'zh-CN')).toBe('2026-03-01');
    expect(formatDate('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDate('2026-03-01', 'zh-CN', 'long')).toBe('2026年3月1日星期日');
    expect(formatDate('2026-03-01', 'en', 'long')).toBe('Sunday, March 1, 2026');
  });

  it('is a calendar date: never moved by a time zone', () => {
    // a Date parsed at local midnight would show 2025-12-31 west of UTC; calendar dates never shift
    expect(formatDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatDate('2024-02-29', 'zh-CN')).toBe('2024-02-29');
  });

  it('rejects what is not a date', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(/no such date/);
    expect(() => parseIsoDate('01/03/2026')).toThrow(/not an ISO date/);
  });

  it('counts days between dates across month ends and leap days', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('knows today in a given zone', () => {
    const instant = new Date('2026-03-01T17:30:00Z'); // already 2 March in Shanghai
    expect(todayIso('Asia/Shanghai', instant)).toBe('2026-03-02');
    expect(todayIso('UTC', instant)).toBe('2026-03-01');
  });
});

describe('timestamps', () => {
  it('formats an instant in the given zone per language', () => {
    const at = '2026-03-01T06:05:09.123456Z';
    expect(formatDateTime(at, 'zh-CN', 'Asia/Shanghai')).toBe('2026-03-01 14:05:09');
    expect(formatDateTime(at, 'en', 'Asia/Shanghai')).toMatch(/^Mar 1, 2026, 2:05:09\sPM$/);
    expect(formatDateTime(at, 'zh-CN', 'America/Los_Angeles')).toBe('2026-02-28 22:05:09');
  });

  it('refuses garbage', () => {
    expect(() => formatDateTime('yesterday', 'en')).toThrow(RangeError);
  });
});

describe('numbers', () => {
  it('groups and rounds per language', () => {
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(1234.5, 'en', 2)).toBe('1,234.50');
    expect(formatNumber('98765432109876543210', 'en')).toBe('98,765,432,109,876,543,210');
    expect(formatPercent(0.1234, 'en')).toBe('12.3%');
    expect(formatPercent(0.5, 'zh-CN', 0)).toBe('50%');
  });
});
