import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodEnd, periodOf, periodStart, type Every } from '../../../src/domain/period.js';
import { day, dayText } from '../../helpers/task-records.js';

describe('periods of a recurring duty', () => {
  it.each([
    ['2024-09', 'month', '2024-09-01', '2024-09-30'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2024-Q3', 'quarter', '2024-07-01', '2024-09-30'],
    ['2024-Q4', 'quarter', '2024-10-01', '2024-12-31'],
    ['2024-H1', 'half', '2024-01-01', '2024-06-30'],
    ['2024-H2', 'half', '2024-07-01', '2024-12-31'],
    ['2024', 'year', '2024-01-01', '2024-12-31'],
  ] as const)('%s (%s) runs from %s to %s', (text, every, start, end) => {
    const p = parsePeriod(text, every)!;
    expect(dayText(periodStart(p, every))).toBe(start);
    expect(dayText(periodEnd(p, every))).toBe(end);
    expect(formatPeriod(p, every)).toBe(text);
    expect(periodOf(day(start), every)).toBe(p);
    expect(periodOf(day(end), every)).toBe(p);
  });

  it('reads a year that YAML gave as a number', () => expect(parsePeriod(2024, 'year')).toBe(2024));

  it.each([
    ['2024-06', 'quarter'],
    ['2024-Q3', 'month'],
    ['2024-H3', 'half'],
    ['2024-Q1', 'year'],
    ['2024-13', 'month'],
  ] as const)('%s is not a %s', (text, every: Every) => expect(parsePeriod(text, every)).toBeUndefined());

  it('the period after the last of a year is the first of the next', () => {
    const q4 = parsePeriod('2024-Q4', 'quarter')!;
    expect(formatPeriod(q4 + 1, 'quarter')).toBe('2025-Q1');
    expect(formatPeriod(parsePeriod('2024-12', 'month')! + 1, 'month')).toBe('2025-01');
  });
});
