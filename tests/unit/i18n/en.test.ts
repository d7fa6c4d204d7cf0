import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { statesOf } from '../../../src/model/dataset.js';
import { parseDeadline } from '../../../src/domain/deadline.js';
import { dataset, task } from '../../helpers/task-records.js';

describe('deadlineText', () => {
  it.each([
    ['2024-01-31', '2024-01-31'],
    ['2024-Q1', '2024-Q1 (due 2024-03-31)'],
    ['2024-H2', '2024-H2 (due 2024-12-31)'],
    ['2024-02', '2024-02 (due 2024-02-29)'],
    [2024, '2024 (due 2024-12-31)'],
  ] as const)('%s → %s', (raw, text) => {
    expect(en.deadline(parseDeadline(raw))).toBe(text);
  });

  it('a task without a deadline shows a dash', () => {
    expect(en.deadline(undefined)).toBe('—');
  });
});

describe('due-soon in words', () => {
  it.each([
    [0, 'due today'],
    [1, 'due tomorrow'],
    [2, 'due in 2 days'],
    [14, 'due in 14 days'],
  ])('%i → %s', (days, words) => {
    expect(en.reason({ code: 'due-soon', daysLeft: days, due: 19753 })).toBe(`${words} (2024-01-31)`);
  });
});

describe('reasons and states', () => {
  const ds = dataset('2024-02-01', [
    task('A-1', { deadline: '2024-01-30' }), // overdue 2 days
    task('A-2', { deadline: '2024-12-31' }),
    task('A-3', { deadline: '2024-02-02', depends_on: ['A-1', 'A-2'] }),
    task('A-4', { deadline: '2024-06-30', depends_on: ['A-3'] }),
    task('A-5', { status: 'done', deadline: '2024-01-15', completed: '2024-01-16' }),
  ]);
  const why = (id: string) => ds.byId.get(id)!.risks.map((r) => en.reason(r));

  it.each([
    ['A-3', ['due tomorrow (2024-02-02)', 'waits on A-1, overdue by 2 days', 'waits on A-2, due later (2024-12-31)']],
    ['A-4', ['waits on A-3, which is at risk']],
    ['A-1', []],
  ])('%s: %j', (id, expected) => {
    expect(why(id)).toEqual(expected);
  });

  it.each([
    ['A-1', 'overdue 2 days'],
    ['A-3', 'at risk, blocked'],
    ['A-2', ''],
    ['A-5', 'done late'],
  ])('%s is %j', (id, state) => {
    expect(en.states(statesOf(ds.byId.get(id)!))).toBe(state);
  });
});
