import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/domain/calendar.js';
import { describeFilter, filterJson } from '../../../src/reports/describe-filter.js';
import type { TaskFilter } from '../../../src/reports/filter-tasks.js';

describe('describeFilter / filterJson', () => {
  it.each([
    [{}, undefined, undefined],
    [{ ministries: [] }, undefined, undefined],
    [{ ministries: ['MOJ', 'MOF'] }, 'filtered: ministry MOJ, MOF', { ministries: ['MOJ', 'MOF'] }],
    [{ owner: 'Office' }, 'filtered: owner containing "Office"', { owner: 'Office' }],
    [
      { ministries: ['MOJ'], owner: 'Bộ', statuses: ['done'], blocked: true, dueBefore: parseDay('2024-03-01')!, dueAfter: parseDay('2024-01-01')! },
      'filtered: ministry MOJ; owner containing "Bộ"; status done; blocked; due before 2024-03-01; due after 2024-01-01',
      { ministries: ['MOJ'], owner: 'Bộ', statuses: ['done'], blocked: true, due_before: '2024-03-01', due_after: '2024-01-01' },
    ],
  ] as [TaskFilter, string | undefined, object | undefined][])('%j', (filter, words, json) => {
    expect(describeFilter(filter)).toBe(words);
    expect(filterJson(filter)).toEqual(json);
  });
});
