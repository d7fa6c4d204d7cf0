import { describe, expect, it } from 'vitest';
import { compute as computeAny } from '../../helpers/reports.js';
import { taskReport } from '../../../src/reports/show.js';
import { dataset, task } from '../../helpers/task-records.js';

const compute = (...args: Parameters<typeof computeAny>) => computeAny<{ tasks: { id: string; daysOverdue?: number; daysLeft?: number }[]; within: number }>(...args);
const ids = (r: { tasks: { id: string }[] }) => r.tasks.map((t) => t.id);

describe('overdueReport', () => {
  const ds = dataset('2024-02-01', [
    task('MOJ-10', { deadline: '2024-01-31' }), // 1 day
    task('MOJ-2', { deadline: '2024-01-31' }), // 1 day
    task('MOJ-3', { deadline: '2024-01-27' }), // 5 days
    task('GO-1', { deadline: '2023-Q4' }), // 32 days
    task('GO-2', { deadline: '2024-02-01' }), // due today: not overdue
    task('GO-3', { status: 'done', deadline: '2023-01-31', completed: '2023-01-31' }),
  ]);

  it('lists the most days overdue first, then in natural id order (MOJ-2 before MOJ-10)', () => {
    expect(compute('overdue', ds).tasks.map((t) => [t.id, t.daysOverdue])).toEqual([
      ['GO-1', 32],
      ['MOJ-3', 5],
      ['MOJ-2', 1],
      ['MOJ-10', 1],
    ]);
  });

  it('applies the filter', () => {
    expect(ids(compute('overdue', ds, { ministries: ['MOJ'] }))).toEqual(['MOJ-3', 'MOJ-2', 'MOJ-10']);
  });

  it('never lists a task that the at-risk report lists', () => {
    const at = new Set(ids(compute('at-risk', ds)));
    expect(at.size).toBeGreaterThan(0);
    expect(ids(compute('overdue', ds)).filter((id) => at.has(id))).toEqual([]);
  });
});

describe('atRiskReport', () => {
  const ds = dataset(
    '2024-02-01',
    [
      task('MOJ-10', { deadline: '2024-02-10' }),
      task('MOJ-2', { deadline: '2024-02-10' }),
      task('MOJ-3', { deadline: '2024-02-05' }),
      task('GO-1', { deadline: '2024-01-31' }), // overdue
      task('GO-2', { deadline: '2024-12-31', depends_on: ['GO-1'] }),
      task('GO-3', { deadline: '2024-03-31' }), // outside the window
    ],
    14,
  );

  it('lists the soonest due first, then in natural id order', () => {
    expect(compute('at-risk', ds).tasks.map((t) => [t.id, t.daysLeft])).toEqual([
      ['MOJ-3', 4],
      ['MOJ-2', 9],
      ['MOJ-10', 9],
      ['GO-2', 334],
    ]);
  });

  it('carries the window', () => {
    expect(compute('at-risk', ds).within).toBe(14);
  });

  it('applies the filter', () => {
    expect(ids(compute('at-risk', ds, { ministries: ['GO'] }))).toEqual(['GO-2']);
  });
});

describe('listReport', () => {
  it('lists every task that passes the filter, by id', () => {
    const ds = dataset('2024-02-01', [task('MOJ-10', { status: 'cancelled' }), task('MOJ-2'), task('GO-1', { status: 'recurring' })]);
    expect(ids(compute('list', ds))).toEqual(['GO-1', 'MOJ-2', 'MOJ-10']);
    expect(ids(compute('list', ds, { statuses: ['cancelled', 'recurring'] }))).toEqual(['GO-1', 'MOJ-10']);
  });
});

describe('taskReport', () => {
  // A-1 ← A-2 ← A-3 ← depends on A-2 and on X-9, which is not in the data.
  const ds = dataset('2024-02-01', [
    task('A-1', { deadline: '2024-12-31' }),
    task('A-2', { deadline: '2024-12-31', depends_on: ['A-1'] }),
    task('A-3', { deadline: '2024-12-31', depends_on: ['A-2'] }),
    task('A-4', { deadline: '2024-12-31', depends_on: ['A-3'] }),
    task('A-5', { status: 'done', deadline: '2024-12-31', completed: '2024-01-10', depends_on: ['A-2', 'X-9'] }),
  ]);
  const view = (id: string) => {
    const r = taskReport(ds, id)!;
    return { upstream: r.upstream.map((t) => t.id), downstream: r.downstream.map((t) => t.id), missing: r.missing };
  };

  // id → everything it depends on and everything that depends on it, transitively, nearest first
  it.each([
    ['A-1', { upstream: [], downstream: ['A-2', 'A-3', 'A-5', 'A-4'], missing: [] }],
    ['A-3', { upstream: ['A-2', 'A-1'], downstream: ['A-4'], missing: [] }],
    ['A-4', { upstream: ['A-3', 'A-2', 'A-1'], downstream: [], missing: [] }],
    ['A-5', { upstream: ['A-2', 'A-1'], downstream: [], missing: ['X-9'] }],
  ])('%s', (id, expected) => {
    expect(view(id)).toEqual(expected);
  });

  it('an unknown id is an error that names the nearest id', () => {
    expect(() => taskReport(ds, 'A-9')).toThrow('no task A-9 in the data; did you mean A-1?');
  });

  it('ends on a cycle and never lists the task itself', () => {
    const cyclic = dataset('2024-02-01', [task('A-1', { depends_on: ['A-2'] }), task('A-2', { depends_on: ['A-1'] })]);
    const r = taskReport(cyclic, 'A-1')!;
    expect([r.upstream.map((t) => t.id), r.downstream.map((t) => t.id)]).toEqual([['A-2'], ['A-2']]);
  });
});
