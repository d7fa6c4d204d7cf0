import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/domain/calendar.js';
import { periodEnd, sampleDays, type TrendEvery } from '../../../src/reports/trend.js';
import { sparkline } from '../../../src/render/trend-view.js';
import { day } from '../../helpers/task-records.js';

describe('periodEnd', () => {
  it.each<[string, TrendEvery, string]>([
    ['2024-06-24', 'week', '2024-06-30'], // Monday → Sunday
    ['2024-06-30', 'week', '2024-06-30'], // a Sunday is its own week's end
    ['2024-12-30', 'week', '2025-01-05'],
    ['2024-02-10', 'month', '2024-02-29'],
    ['2023-02-10', 'month', '2023-02-28'],
    ['2024-12-31', 'month', '2024-12-31'],
    ['2024-01-01', 'quarter', '2024-03-31'],
    ['2024-05-15', 'quarter', '2024-06-30'],
    ['2024-12-01', 'quarter', '2024-12-31'],
  ])('%s, every %s → %s', (from, every, end) => {
    expect(formatDay(periodEnd(day(from), every))).toBe(end);
  });
});

describe('sampleDays', () => {
  it.each<[string, string, TrendEvery, string[]]>([
    ['2024-01-25', '2024-04-10', 'month', ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-10']],
    ['2024-01-25', '2024-03-31', 'month', ['2024-01-31', '2024-02-29', '2024-03-31']], // as_of on a period end is one point
    ['2024-06-20', '2024-07-10', 'week', ['2024-06-23', '2024-06-30', '2024-07-07', '2024-07-10']],
    ['2024-01-01', '2024-01-01', 'quarter', ['2024-01-01']],
  ])('from %s to %s every %s', (from, asOf, every, expected) => {
    expect(sampleDays(day(from), day(asOf), every).map(formatDay)).toEqual(expected);
  });

  it('gives 100 points over 100 months', () => {
    expect(sampleDays(day('2016-01-01'), day('2024-04-30'), 'month')).toHaveLength(100);
  });
});

describe('sparkline', () => {
  it.each<[(number | undefined)[], number | undefined, string]>([
    [[0, 25, 50, 75, 100], 100, '▁▂▄▆█'],
    [[0, 1, 2], undefined, '▁▄█'],
    [[0, 0], undefined, '▁▁'],
    [[undefined, 50], 100, ' ▄'],
    [[], 100, ''],
  ])('%j against %s → %s', (values, max, expected) => {
    expect(sparkline(values, max)).toBe(expected);
  });
});
