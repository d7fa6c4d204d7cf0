import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/domain/calendar.js';
import { taskAt } from '../../../src/model/task-at.js';
import { day, task, type TaskSpec } from '../../helpers/task-records.js';

/** taskAt, with its days written out. */
function at(spec: TaskSpec, asOf: string) {
  const t = taskAt(task('MOJ-1', spec), day(asOf));
  return {
    status: t.status,
    deadline: t.deadline?.text,
    completed: t.completed === undefined ? undefined : formatDay(t.completed),
    extensions: t.extensions.map((e) => e.from.text),
  };
}

describe('taskAt', () => {
  const done: TaskSpec = { status: 'done', deadline: '2024-03', completed: '2024-03-05' };
  const extended: TaskSpec = { deadline: '2024-H2', extensions: [{ from: '2024-03', approved: '2024-03-22' }, { from: '2024-Q2', approved: '2024-06-24' }] };

  // spec, as of → the task as it stood then
  it.each([
    [done, '2024-03-04', { status: 'in_progress', deadline: '2024-03', completed: undefined, extensions: [] }],
    [done, '2024-03-05', { status: 'done', deadline: '2024-03', completed: '2024-03-05', extensions: [] }],
    [extended, '2024-03-21', { status: 'in_progress', deadline: '2024-03', completed: undefined, extensions: [] }],
    [extended, '2024-03-22', { status: 'in_progress', deadline: '2024-Q2', completed: undefined, extensions: ['2024-03'] }],
    [extended, '2024-06-24', { status: 'in_progress', deadline: '2024-H2', completed: undefined, extensions: ['2024-03', '2024-Q2'] }],
    [{ deadline: '2024-Q2', extensions: [{ from: '2024-03' }] }, '2000-01-01', { status: 'in_progress', deadline: '2024-Q2', completed: undefined, extensions: ['2024-03'] }],
    [{ status: 'recurring' }, '2024-01-01', { status: 'recurring', deadline: undefined, completed: undefined, extensions: [] }],
    [{ status: 'cancelled', deadline: '2024-01' }, '2023-01-01', { status: 'cancelled', deadline: '2024-01', completed: undefined, extensions: [] }],
  ] as const)('%j as of %s', (spec, asOf, expected) => {
    expect(at(spec as TaskSpec, asOf)).toEqual(expected);
  });
});
