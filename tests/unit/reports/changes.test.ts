import { describe, expect, it } from 'vitest';
import { changesReport, type Movement } from '../../../src/reports/changes.js';
import type { TaskRecord } from '../../../src/domain/records.js';
import { dataset, day, task, type TaskSpec } from '../../helpers/task-records.js';

// The two points are datasets as of their own days: what moved between them.

const since = { rev: 'meeting-2024-01-25', commit: 'a'.repeat(40), date: day('2024-01-25') };
const until = { rev: 'working tree', date: day('2024-06-30') };

/** A record with the §10 fields this report compares (leader, obstacle, reported). */
const withFields = (record: TaskRecord, fields: Pick<TaskRecord, 'leader' | 'obstacle' | 'reported'>): TaskRecord => ({ ...record, ...fields });

type Moved = Omit<Movement, 'title' | 'fromDeadline' | 'toDeadline'>;

/** What moved, without the title and the deadline objects behind `from` and `to` (the words' business). */
function moved(before: TaskRecord[], after: TaskRecord[]): Moved[] {
  const report = changesReport({ point: since, dataset: dataset('2024-01-25', before) }, { point: until, dataset: dataset('2024-06-30', after) });
  return report.tasks.map(({ title: _title, fromDeadline: _from, toDeadline: _to, ...rest }) => rest);
}

const open = (spec: TaskSpec = {}): TaskSpec => ({ deadline: '2024-12-31', ...spec });
const d = (text: string) => day(text);

describe('changesReport, task by task', () => {
  it.each<[string, TaskRecord[], TaskRecord[], Moved[]]>([
    ['nothing moved', [task('MOJ-1', open())], [task('MOJ-1', open())], []],
    [
      'done, with its date and result',
      [task('MOJ-1', open())],
      [task('MOJ-1', open({ status: 'done', completed: '2024-03-01', result: 'Decree issued' }))],
      [{ task: 'MOJ-1', ministry: 'MOJ', change: 'done', from: 'in_progress', to: 'done', date: d('2024-03-01'), result: 'Decree issued' }],
    ],
    [
      'newly overdue by time alone: the same record at both points',
      [task('MOJ-1', { deadline: '2024-Q1' })],
      [task('MOJ-1', { deadline: '2024-Q1' })],
      [{ task: 'MOJ-1', ministry: 'MOJ', change: 'newly-overdue', to: '2024-Q1', date: d('2024-03-31') }],
    ],
    ['due on the until day is not yet overdue', [task('MOJ-1', { deadline: '2024-06-30' })], [task('MOJ-1', { deadline: '2024-06-30' })], []],
    ['already overdue at since is not news', [task('MOJ-1', { deadline: '2024-01-10' })], [task('MOJ-1', { deadline: '2024-01-10' })], []],
    [
      'deadline moved, with the new extension\'s reason and approval',
      [task('MOJ-1', { deadline: '2024-Q1' })],
      [task('MOJ-1', { deadline: '2024-H2', extensions: [{ from: '2024-Q1', reason: 'waiting for MOF', approved: '2024-03-20' }] })],
      [{ task: 'MOJ-1', ministry: 'MOJ', change: 'deadline-moved', from: '2024-Q1', to: '2024-H2', reason: 'waiting for MOF', date: d('2024-03-20') }],
    ],
    [
      'added (and done in the same interval)',
      [],
      [task('MOJ-2', open()), task('MOJ-3', { deadline: '2024-04-30', status: 'done', completed: '2024-04-01' })],
      [
        { task: 'MOJ-2', ministry: 'MOJ', change: 'added', to: '2024-12-31' },
        { task: 'MOJ-3', ministry: 'MOJ', change: 'added', to: '2024-04-30' },
        { task: 'MOJ-3', ministry: 'MOJ', change: 'done', to: 'done', date: d('2024-04-01') },
      ],
    ],
    ['cancelled', [task('MOJ-1', open())], [task('MOJ-1', open({ status: 'cancelled' }))], [{ task: 'MOJ-1', ministry: 'MOJ', change: 'cancelled', from: 'in_progress', to: 'cancelled' }]],
    [
      'reopened',
      [task('MOJ-1', open({ status: 'done', completed: '2024-01-10' }))],
      [task('MOJ-1', open({ status: 'in_progress' }))],
      [{ task: 'MOJ-1', ministry: 'MOJ', change: 'reopened', from: 'done', to: 'in_progress' }],
    ],
    ['owner', [task('MOJ-1', open({ owner: 'Dept A' }))], [task('MOJ-1', open({ owner: 'Dept B' }))], [{ task: 'MOJ-1', ministry: 'MOJ', change: 'owner', from: 'Dept A', to: 'Dept B' }]],
    [
      'leader named, obstacle raised',
      [task('MOJ-1', open())],
      [withFields(task('MOJ-1', open()), { leader: 'Deputy Minister A', obstacle: 'Waiting for the amended law' })],
      [
        { task: 'MOJ-1', ministry: 'MOJ', change: 'leader', to: 'Deputy Minister A' },
        { task: 'MOJ-1', ministry: 'MOJ', change: 'obstacle-raised', to: 'Waiting for the amended law' },
      ],
    ],
    [
      'obstacle cleared',
      [withFields(task('MOJ-1', open()), { obstacle: 'Waiting for the amended law' })],
      [task('MOJ-1', open())],
      [{ task: 'MOJ-1', ministry: 'MOJ', change: 'obstacle-cleared', from: 'Waiting for the amended law' }],
    ],
    [
      'a recurring duty reported a later period',
      [withFields(task('MPS-1', { status: 'recurring' }), { reported: { text: '2024-Q1', period: 0 } })],
      [withFields(task('MPS-1', { status: 'recurring' }), { reported: { text: '2024-Q2', period: 1 } })],
      [{ task: 'MPS-1', ministry: 'MPS', change: 'reported', from: '2024-Q1', to: '2024-Q2' }],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(moved(before, after)).toEqual(expected);
  });

  it('sorts by ministry, then id in natural order, then kind', () => {
    const after = [task('MPS-1', open()), task('MOJ-10', open()), task('MOJ-2', { deadline: '2024-02-01' })];
    expect(moved([task('MOJ-2', { deadline: '2024-02-01' })], after).map((m) => `${m.task} ${m.change}`)).toEqual(['MOJ-2 newly-overdue', 'MOJ-10 added', 'MPS-1 added']);
  });
});

describe('changesReport, per ministry', () => {
  it('gives before and after of every ministry present at either point', () => {
    const report = changesReport(
      { point: since, dataset: dataset('2024-01-25', [task('MOJ-1', { deadline: '2024-Q1' }), task('MOJ-2', { deadline: '2024-Q1', status: 'cancelled' })]) },
      { point: until, dataset: dataset('2024-06-30', [task('MOJ-1', { deadline: '2024-Q1', status: 'done', completed: '2024-05-01' }), task('MOJ-2', { deadline: '2024-Q1', status: 'cancelled' }), task('MPS-1', { deadline: '2024-04-30' })]) },
    );
    expect(report.ministries).toEqual([
      { ministry: 'MOJ', name: 'Ministry MOJ', before: { total: 2, done: 0, percent_done: 0, overdue: 0 }, after: { total: 2, done: 1, percent_done: 100, overdue: 0 } },
      { ministry: 'MPS', name: 'Ministry MPS', before: { total: 0, done: 0, percent_done: 0, overdue: 0 }, after: { total: 1, done: 0, percent_done: 0, overdue: 1 } },
    ]);
  });
});
