import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/domain/calendar.js';
import { en } from '../../../src/i18n/en.js';
import { vi } from '../../../src/i18n/vi.js';
import { describeFilter, filterJson } from '../../../src/reports/describe-filter.js';
import type { TaskFilter } from '../../../src/reports/filter-tasks.js';

describe('describeFilter / filterJson', () => {
  it.each([
    [{}, undefined, undefined],
    [{ ministries: [] }, undefined, undefined],
    [{ ministries: ['MOJ', 'MOF'] }, 'Filtered: ministry MOJ, MOF', { ministries: ['MOJ', 'MOF'] }],
    [{ owner: 'Office' }, 'Filtered: owner containing "Office"', { owner: 'Office' }],
    [{ leader: 'Nguyen', text: 'decree', ref: '59/2022' }, 'Filtered: leader containing "Nguyen"; text containing "decree"; document containing "59/2022"', { leader: 'Nguyen', text: 'decree', ref: '59/2022' }],
    [
      { ministries: ['MOJ'], owner: 'Bộ', statuses: ['done', 'not_started'], blocked: true, dueBefore: parseDay('2024-03-01')!, dueAfter: parseDay('2024-01-01')! },
      'Filtered: ministry MOJ; owner containing "Bộ"; status done, not started; blocked; due before 2024-03-01; due after 2024-01-01',
      { ministries: ['MOJ'], owner: 'Bộ', statuses: ['done', 'not_started'], blocked: true, due_before: '2024-03-01', due_after: '2024-01-01' },
    ],
  ] as [TaskFilter, string | undefined, object | undefined][])('%j', (filter, words, json) => {
    expect(describeFilter(filter, en)).toBe(words);
    expect(filterJson(filter)).toEqual(json);
  });

  it('in Vietnamese: the words and dates of the catalogue, the same JSON', () => {
    const filter: TaskFilter = { ministries: ['MOJ'], owner: 'Văn phòng', statuses: ['in_progress'], dueBefore: parseDay('2024-03-01')! };
    expect(describeFilter(filter, vi)).toBe('Lọc theo: cơ quan MOJ; đơn vị chủ trì có "Văn phòng"; trạng thái đang thực hiện; hạn trước 01/03/2024');
  });
});
