import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDay, isTimeZone, parseDay, todayIn } from '../../src/domain/calendar.js';

describe('parseDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2023-02-29', undefined],
    ['2024-02-30', undefined],
    ['2024-04-31', undefined],
    ['2024-13-01', undefined],
    ['2024-00-10', undefined],
    ['2024-01-00', undefined],
    ['2024-1-5', undefined],
    ['2024-01-05T00:00', undefined],
    [' 2024-01-05', undefined],
    ['', undefined],
  ])('%j → %j', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each(['1999-12-31', '2024-02-29', '2100-02-28', '2400-02-29'])('%s survives formatDay(parseDay(…))', (text) => {
    expect(formatDay(parseDay(text)!)).toBe(text);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('todayIn', () => {
  // 23:30 UTC on 31 January is 06:30 on 1 February in Hanoi (UTC+7).
  it.each([
    ['2024-01-31T23:30:00Z', 'Asia/Ho_Chi_Minh', '2024-02-01'],
    ['2024-01-31T23:30:00Z', 'UTC', '2024-01-31'],
    ['2024-01-31T23:30:00Z', 'America/Los_Angeles', '2024-01-31'],
    ['2024-01-31T16:59:59Z', 'Asia/Ho_Chi_Minh', '2024-01-31'],
    ['2024-01-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2024-02-01'],
    ['2024-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2025-01-01'],
  ])('at %s in %s it is %s', (instant, zone, day) => {
    expect(formatDay(todayIn(zone, new Date(instant)))).toBe(day);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['Asia/Ho_Chi_Minh', true],
    ['UTC', true],
    ['Europe/Paris', true],
    ['Mars/Olympus_Mons', false],
    ['Hanoi', false],
    ['', false],
  ])('%j → %j', (name, known) => {
    expect(isTimeZone(name)).toBe(known);
  });
});
