import { describe, expect, it } from 'vitest';
import { parsePeriod, type Every } from '../../../src/domain/period.js';
import { recurringDue } from '../../../src/model/recurring-due.js';
import type { TaskRecord } from '../../../src/domain/records.js';
import { dataset, day, dayText, task, type TaskSpec } from '../../helpers/task-records.js';

// SPEC §10 in the model: looking back past `assigned`, recurring duties with
// a period, and the year work first fell due.

function duty(id: string, every: Every, reported?: string, assigned?: string, spec: TaskSpec = {}): TaskRecord {
  const record = task(id, { status: 'recurring', ...spec });
  record.every = every;
  if (reported !== undefined) record.reported = { text: reported, period: parsePeriod(reported, every)! };
  if (assigned !== undefined) record.assigned = day(assigned);
  return record;
}

const given = (id: string, assigned: string, spec: TaskSpec = {}): TaskRecord => ({ ...task(id, spec), assigned: day(assigned) });

describe('assigned: a report for a day before it does not know the task', () => {
  const records = [given('MOJ-1', '2024-02-05', { deadline: '2024-01-31' }), task('MOJ-2', { deadline: '2024-01-31' }), given('MOJ-3', '2024-01-25', { deadline: '2024-01-31' })];

  it('on 1 February a task given on 5 February is not there', () => {
    const ds = dataset('2024-02-01', records);
    expect(ds.tasks.map((t) => t.id)).toEqual(['MOJ-2', 'MOJ-3']);
    expect(ds.tasks.filter((t) => t.overdue).map((t) => t.id)).toEqual(['MOJ-2', 'MOJ-3']);
    expect(dayText(ds.notYetAssigned.get('MOJ-1'))).toBe('2024-02-05');
  });

  it('on the day it was given it is there', () => {
    const ds = dataset('2024-02-05', records);
    expect(ds.tasks.map((t) => t.id)).toEqual(['MOJ-1', 'MOJ-2', 'MOJ-3']);
    expect(ds.byId.get('MOJ-1')!.daysOverdue).toBe(5);
    expect(ds.notYetAssigned.size).toBe(0);
  });
});

describe('recurringDue: each period is due on its last day', () => {
  it.each([
    // every, reported, assigned, as of → first unreported period's end, missing periods
    ['quarter', '2024-Q3', undefined, '2025-02-01', '2024-12-31', 1],
    ['quarter', '2024-Q3', undefined, '2024-12-31', '2024-12-31', 0],
    ['quarter', '2024-Q3', undefined, '2025-01-01', '2024-12-31', 1],
    ['quarter', '2024-Q1', undefined, '2025-02-01', '2024-06-30', 3],
    ['quarter', '2024-Q4', undefined, '2024-11-15', '2025-03-31', 0],
    ['month', '2024-09', undefined, '2024-12-15', '2024-10-31', 2],
    ['half', undefined, '2024-03-10', '2025-02-13', '2024-06-30', 2],
    ['year', '2022', undefined, '2025-02-13', '2023-12-31', 2],
    ['year', undefined, '2024-01-25', '2024-06-30', '2024-12-31', 0],
  ] as const)('every %s, reported %s, assigned %s, on %s: due %s, %i missing', (every, reported, assigned, asOf, due, missing) => {
    const r = recurringDue(duty('MPS-1', every, reported, assigned), day(asOf))!;
    expect(dayText(r.due)).toBe(due);
    expect(r.missing).toBe(missing);
  });

  it('with neither reported nor assigned, nothing can be said', () => {
    expect(recurringDue(duty('MPS-1', 'quarter'), day('2025-01-01'))).toBeUndefined();
  });

  it('a recurring duty without every stays as in part one', () => {
    expect(recurringDue(task('MPS-1', { status: 'recurring' }), day('2025-01-01'))).toBeUndefined();
  });
});

describe('recurring duties in the dataset', () => {
  const records = [
    duty('MPS-1', 'quarter', '2024-Q1'), // Q2, Q3, Q4 of 2024 missing on 2025-02-01
    duty('MPS-2', 'quarter', '2024-Q4'), // up to date; Q1 2025 due 2025-03-31
    duty('MPS-3', 'month', '2024-12'), // January missing
    duty('MPS-4', 'month', '2025-01'), // February due 2025-02-28: 27 days away
    duty('MPS-5', 'quarter'), // cannot tell
    task('MPS-6', { status: 'recurring' }),
    task('MPS-7', { deadline: '2025-01-15', depends_on: ['MPS-1'] }),
  ];

  it('a missed period is overdue, by the days since the first missed period ended, with the number missing', () => {
    const ds = dataset('2025-02-01', records, 30);
    const overdue = ds.tasks.filter((t) => t.overdue).map((t) => [t.id, t.daysOverdue, t.missingPeriods, dayText(t.due)]);
    expect(overdue).toEqual([
      ['MPS-1', 216, 3, '2024-06-30'],
      ['MPS-3', 1, 1, '2025-01-31'],
      ['MPS-7', 17, undefined, '2025-01-15'],
    ]);
  });

  it('at risk when the current period ends within the window unreported', () => {
    const ds = dataset('2025-02-01', records, 30);
    expect(ds.tasks.filter((t) => t.risks.length > 0).map((t) => [t.id, t.daysLeft, t.risks.map((r) => r.code)])).toEqual([['MPS-4', 27, ['due-soon']]]);
    expect(dataset('2025-02-01', records, 14).tasks.filter((t) => t.risks.length > 0)).toEqual([]);
  });

  it('a duty reported ahead has nothing due soon, whatever the window', () => {
    const ds = dataset('2025-03-20', [duty('MPS-2', 'quarter', '2025-Q1')], 400);
    expect(ds.byId.get('MPS-2')!.risks).toEqual([]);
    expect(ds.byId.get('MPS-2')!.daysLeft).toBeUndefined();
  });

  it('an overdue duty is still a satisfied dependency: it blocks nothing', () => {
    const ds = dataset('2025-02-01', records, 30);
    expect(ds.byId.get('MPS-7')!.blocked).toBe(false);
    expect(ds.byId.get('MPS-1')!.blocks).toEqual(['MPS-7']);
  });

  it('without every, or without a first period, a duty is never overdue', () => {
    const ds = dataset('2025-02-01', records, 30);
    for (const id of ['MPS-5', 'MPS-6']) expect(ds.byId.get(id)!).toMatchObject({ overdue: false, risks: [] });
    expect(ds.byId.get('MPS-5')!.missingPeriods).toBeUndefined();
  });
});

describe('first due: the deadline before any extension', () => {
  it.each([
    ['never extended', task('MOJ-1', { deadline: '2023-H2' }), '2023-12-31'],
    ['extended twice', task('MOJ-1', { deadline: '2025-Q1', extensions: [{ from: 2022 }, { from: '2024-06' }] }), '2022-12-31'],
    ['extended, not yet approved on as of', task('MOJ-1', { deadline: '2025-Q1', extensions: [{ from: '2023-Q4', approved: '2026-01-01' }] }), '2023-12-31'],
    ['a recurring duty behind since its first missed period', duty('MPS-1', 'quarter', '2023-Q3'), '2023-12-31'],
    ['a recurring duty without a period', task('MPS-1', { status: 'recurring' }), undefined],
  ])('%s', (_name, record, firstDue) => {
    expect(dayText(dataset('2025-02-01', [record]).tasks[0]!.firstDue)).toBe(firstDue);
  });
});
