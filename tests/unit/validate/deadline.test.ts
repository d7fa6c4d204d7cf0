import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/domain/calendar.js';
import { DEADLINE_PATTERN, parseDeadline } from '../../../src/domain/deadline.js';

const due = (raw: string | number) => {
  const d = parseDeadline(raw);
  return d === undefined ? undefined : formatDay(d.due);
};

describe('parseDeadline: the due date is the last day of the period', () => {
  it.each<[string | number, string | undefined]>([
    ['2024-03-28', '2024-03-28'],
    ['2024-02-29', '2024-02-29'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-04', '2024-04-30'],
    ['2024-12', '2024-12-31'],
    ['2024-Q1', '2024-03-31'],
    ['2024-Q2', '2024-06-30'],
    ['2024-Q3', '2024-09-30'],
    ['2024-Q4', '2024-12-31'],
    ['2024-H1', '2024-06-30'],
    ['2024-H2', '2024-12-31'],
    [2025, '2025-12-31'],
    ['2025', '2025-12-31'],
    ['2024-02-30', undefined],
    ['2023-02-29', undefined],
    ['2024-04-31', undefined],
    ['2024-13', undefined],
    ['2024-00', undefined],
    ['2024-Q0', undefined],
    ['2024-Q5', undefined],
    ['2024-H3', undefined],
    ['2024-q1', undefined],
    ['24-03', undefined],
    ['2024-3', undefined],
    ['2024-03-31 ', undefined],
    ['soon', undefined],
    ['', undefined],
  ])('%j → %j', (raw, day) => {
    expect(due(raw)).toBe(day);
  });

  it.each<[string | number, string]>([
    [2025, '2025'],
    ['2024-Q1', '2024-Q1'],
    ['2024-02-29', '2024-02-29'],
  ])('keeps %j as written: %j', (raw, text) => {
    expect(parseDeadline(raw)?.text).toBe(text);
  });
});

describe('DEADLINE_PATTERN checks the shape only (the schema), parseDeadline the calendar', () => {
  it.each([
    ['2024-02-30', true],
    ['2024-Q1', true],
    ['2024-H2', true],
    ['2024-02', true],
    ['2024', true],
    ['2024-13', false],
    ['2024-Q5', false],
    ['2024/02/01', false],
    ['Q1-2024', false],
  ])('%j → %j', (text, matches) => {
    expect(DEADLINE_PATTERN.test(text)).toBe(matches);
  });
});
