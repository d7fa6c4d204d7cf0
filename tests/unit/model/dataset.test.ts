import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAtRisk, type RiskReason, type Task } from '../../../src/model/dataset.js';
import { dataset, dayText, task, type TaskSpec } from '../../helpers/task-records.js';

/** The reasons by code and the dependency they name; the facts they carry for wording are tested with the words. */
const named = (risks: readonly RiskReason[]) => risks.map((r) => ('task' in r ? { code: r.code, task: r.task } : { code: r.code }));

/** The one task of a dataset that holds only it. */
function alone(spec: TaskSpec, asOf: string, within = 14): Task {
  return dataset(asOf, [task('MOJ-1', spec)], within).byId.get('MOJ-1')!;
}

/** A task of a dataset, by id. */
function pick(asOf: string, records: Parameters<typeof dataset>[1], id: string, within = 14): Task {
  const t = dataset(asOf, records, within).byId.get(id);
  if (t === undefined) throw new Error(`no ${id}`);
  return t;
}

describe('overdue and days', () => {
  // deadline, as of → overdue, days overdue, days left
  it.each([
    ['2024-01-31', '2024-02-01', true, 1, undefined],
    ['2024-01-31', '2024-01-31', false, undefined, 0],
    ['2024-01-31', '2024-01-30', false, undefined, 1],
    ['2024-01-31', '2024-03-01', true, 30, undefined],
    ['2024-02', '2024-02-29', false, undefined, 0], // leap year: February ends on the 29th
    ['2024-02', '2024-03-01', true, 1, undefined],
    ['2023-02', '2023-03-01', true, 1, undefined],
    ['2024-Q1', '2024-03-31', false, undefined, 0],
    ['2024-Q1', '2024-04-01', true, 1, undefined],
    ['2024-H1', '2024-07-01', true, 1, undefined],
    ['2024-H2', '2024-12-31', false, undefined, 0],
    [2024, '2024-12-31', false, undefined, 0], // YAML reads a year as a number
    [2024, '2025-01-01', true, 1, undefined],
    ['2022', '2024-02-01', true, 397, undefined],
  ] as const)('deadline %s as of %s: overdue %s, %s days overdue, %s days left', (deadline, asOf, overdue, daysOverdue, daysLeft) => {
    const t = alone({ deadline }, asOf);
    expect({ overdue: t.overdue, daysOverdue: t.daysOverdue, daysLeft: t.daysLeft }).toEqual({ overdue, daysOverdue, daysLeft });
  });

  // deadline → due date (the last day of the period)
  it.each([
    ['2024-01-15', '2024-01-15'],
    ['2024-02', '2024-02-29'],
    ['2024-04', '2024-04-30'],
    ['2024-Q1', '2024-03-31'],
    ['2024-Q2', '2024-06-30'],
    ['2024-Q3', '2024-09-30'],
    ['2024-Q4', '2024-12-31'],
    ['2024-H1', '2024-06-30'],
    ['2024-H2', '2024-12-31'],
    [2024, '2024-12-31'],
  ] as const)('deadline %s is due %s', (deadline, due) => {
    const t = alone({ deadline }, '2024-01-01');
    expect(dayText(t.due)).toBe(due);
    expect(t.deadline?.text).toBe(String(deadline));
  });

  // status, deadline, completed → open, overdue (as of 2024-06-01, long after every deadline)
  it.each([
    ['not_started', '2024-01-31', undefined, true, true],
    ['in_progress', '2024-01-31', undefined, true, true],
    ['recurring', undefined, undefined, false, false],
    ['recurring', '2024-01-31', undefined, false, false],
    ['done', '2024-01-31', '2024-01-20', false, false],
    ['done', '2024-01-31', '2024-05-01', false, false],
    ['cancelled', '2024-01-31', undefined, false, false],
  ] as const)('%s (deadline %s, completed %s): open %s, overdue %s', (status, deadline, completed, open, overdue) => {
    const spec: TaskSpec = { status };
    if (deadline !== undefined) spec.deadline = deadline;
    if (completed !== undefined) spec.completed = completed;
    const t = alone(spec, '2024-06-01');
    expect({ open: t.open, overdue: t.overdue, risks: t.risks }).toEqual({ open, overdue, risks: [] });
  });

  // completed vs due → done late
  it.each([
    ['2024-02-01', true],
    ['2024-01-31', false],
    ['2024-01-02', false],
  ])('done on %s with deadline 2024-01-31: done late %s', (completed, doneLate) => {
    expect(alone({ status: 'done', deadline: '2024-01-31', completed }, '2024-06-01').doneLate).toBe(doneLate);
  });

  it('a done task completed after a quarter deadline is done late', () => {
    expect(alone({ status: 'done', deadline: '2024-Q1', completed: '2024-04-01' }, '2024-06-01').doneLate).toBe(true);
    expect(alone({ status: 'done', deadline: '2024-Q1', completed: '2024-03-31' }, '2024-06-01').doneLate).toBe(false);
  });
});

describe('dependencies', () => {
  // status of the dependency → is the open dependent blocked?
  it.each([
    ['not_started', true],
    ['in_progress', true],
    ['done', false],
    ['recurring', false],
    ['cancelled', false],
  ] as const)('a dependency that is %s: blocked %s', (status, blocked) => {
    const dep = task('GO-1', status === 'done' ? { status, deadline: '2024-12-31', completed: '2024-01-10' } : { status, deadline: '2024-12-31' });
    expect(pick('2024-02-01', [dep, task('MOJ-1', { deadline: '2024-12-31', depends_on: ['GO-1'] })], 'MOJ-1').blocked).toBe(blocked);
  });

  it('a dependency missing from the dataset cannot be shown to be satisfied: blocked', () => {
    expect(pick('2024-02-01', [task('MOJ-1', { deadline: '2024-12-31', depends_on: ['GO-9'] })], 'MOJ-1').blocked).toBe(true);
  });

  it('only an open task is blocked', () => {
    const records = [task('GO-1', { deadline: '2024-12-31' }), task('MOJ-1', { status: 'done', deadline: '2024-01-31', completed: '2024-01-15', depends_on: ['GO-1'] })];
    expect(pick('2024-02-01', records, 'MOJ-1').blocked).toBe(false);
  });

  it('blocks lists only the open direct dependents', () => {
    const ds = dataset('2024-02-01', [
      task('A-1', { deadline: '2024-12-31' }),
      task('A-2', { deadline: '2024-12-31', depends_on: ['A-1'] }), // open
      task('A-3', { status: 'not_started', deadline: '2024-12-31', depends_on: ['A-1'] }), // open
      task('A-4', { status: 'done', deadline: '2024-12-31', completed: '2024-01-05', depends_on: ['A-1'] }),
      task('A-5', { status: 'cancelled', deadline: '2024-12-31', depends_on: ['A-1'] }),
      task('A-6', { deadline: '2024-12-31', depends_on: ['A-2'] }), // indirect
    ]);
    expect(ds.byId.get('A-1')!.blocks).toEqual(['A-2', 'A-3']);
    expect(ds.byId.get('A-2')!.blocks).toEqual(['A-6']);
    expect(ds.byId.get('A-6')!.blocks).toEqual([]);
    expect(ds.dependents.get('A-1')).toEqual(['A-2', 'A-3', 'A-4', 'A-5']);
  });
});

describe('at risk', () => {
  const risks = (t: Task): RiskReason[] => named(t.risks) as RiskReason[];

  // due date, window → reasons (as of 2024-02-01)
  it.each([
    ['2024-02-15', 14, [{ code: 'due-soon' }]], // 14 days left: the window's edge is inside
    ['2024-02-16', 14, []], // 15 days left
    ['2024-02-01', 14, [{ code: 'due-soon' }]], // due today
    ['2024-02-01', 0, [{ code: 'due-soon' }]],
    ['2024-02-02', 0, []],
    ['2024-02-16', 15, [{ code: 'due-soon' }]],
    ['2024-01-31', 14, []], // overdue, so never at risk
  ] as const)('due %s with a %s-day window: %j', (deadline, within, expected) => {
    expect(risks(alone({ deadline }, '2024-02-01', within))).toEqual(expected);
  });

  it('due on as_of is due soon with 0 days left', () => {
    const t = alone({ deadline: '2024-02-01' }, '2024-02-01');
    expect({ overdue: t.overdue, daysLeft: t.daysLeft, risks: t.risks }).toEqual({ overdue: false, daysLeft: 0, risks: [{ code: 'due-soon', daysLeft: 0, due: t.due }] });
  });

  it('risk flows down a chain: A overdue → B dependency-overdue → C and D dependency-at-risk', () => {
    const ds = dataset('2024-02-01', [
      task('A-1', { deadline: '2024-01-31' }),
      task('B-1', { deadline: '2024-12-31', depends_on: ['A-1'] }),
      task('C-1', { deadline: '2024-12-31', depends_on: ['B-1'] }),
      task('D-1', { deadline: '2024-12-31', depends_on: ['C-1'] }),
    ]);
    expect(Object.fromEntries(ds.tasks.map((t) => [t.id, [t.overdue, named(t.risks)]]))).toEqual({
      'A-1': [true, []],
      'B-1': [false, [{ code: 'dependency-overdue', task: 'A-1' }]],
      'C-1': [false, [{ code: 'dependency-at-risk', task: 'B-1' }]],
      'D-1': [false, [{ code: 'dependency-at-risk', task: 'C-1' }]],
    });
  });

  it('risk that starts as due-soon flows down too', () => {
    const ds = dataset('2024-02-01', [task('A-1', { deadline: '2024-02-05' }), task('B-1', { deadline: '2024-12-31', depends_on: ['A-1'] })]);
    expect(named(ds.byId.get('B-1')!.risks)).toEqual([{ code: 'dependency-at-risk', task: 'A-1' }]);
  });

  // dependency (status, deadline) → reasons of a task due 2024-05-31 that depends on it
  it.each([
    ['in_progress', '2024-06-30', [{ code: 'dependency-late', task: 'A-1' }]],
    ['not_started', '2024-Q3', [{ code: 'dependency-late', task: 'A-1' }]],
    ['in_progress', '2024-05-31', []], // due the same day: not later
    ['in_progress', '2024-04-30', []],
    ['cancelled', '2024-06-30', []],
    ['recurring', '2024-06-30', []],
  ] as const)('a dependency %s due %s: %j', (status, deadline, expected) => {
    const records = [task('A-1', { status, deadline }), task('B-1', { deadline: '2024-05-31', depends_on: ['A-1'] })];
    expect(named(pick('2024-02-01', records, 'B-1').risks)).toEqual(expected);
  });

  it('a done dependency due later is no risk', () => {
    const records = [task('A-1', { status: 'done', deadline: '2024-06-30', completed: '2024-01-15' }), task('B-1', { deadline: '2024-05-31', depends_on: ['A-1'] })];
    expect(named(pick('2024-02-01', records, 'B-1').risks)).toEqual([]);
  });

  it('reasons come in a fixed order: due-soon, dependency-overdue, dependency-late, dependency-at-risk, then by id', () => {
    const ds = dataset('2024-02-01', [
      task('A-1', { deadline: '2024-02-05' }), // due soon: at risk
      task('A-10', { deadline: '2024-01-20' }), // overdue
      task('A-2', { deadline: '2024-01-25' }), // overdue
      task('A-3', { deadline: '2024-12-31' }), // due later than B-1
      task('B-1', { deadline: '2024-02-10', depends_on: ['A-1', 'A-3', 'A-10', 'A-2'] }),
    ]);
    expect(named(ds.byId.get('B-1')!.risks)).toEqual([
      { code: 'due-soon' },
      { code: 'dependency-overdue', task: 'A-2' },
      { code: 'dependency-overdue', task: 'A-10' },
      { code: 'dependency-late', task: 'A-3' },
      { code: 'dependency-at-risk', task: 'A-1' },
    ]);
  });

  it('a cycle of dependencies ends', () => {
    const ds = dataset('2024-02-01', [
      task('A-1', { deadline: '2024-02-03', depends_on: ['A-2'] }),
      task('A-2', { deadline: '2024-12-31', depends_on: ['A-1'] }),
    ]);
    expect(named(ds.byId.get('A-2')!.risks)).toEqual([{ code: 'dependency-at-risk', task: 'A-1' }]);
  });

  it('overdue and at risk never share a task', () => {
    const statuses = ['not_started', 'in_progress', 'done', 'recurring', 'cancelled'] as const;
    const spec = fc.record({
      status: fc.constantFrom(...statuses),
      due: fc.integer({ min: 0, max: 60 }),
      deps: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 30 }), (specs, within) => {
        const records = specs.map((s, i) => {
          const deadline = `2024-01-${String(1 + (s.due % 31)).padStart(2, '0')}`;
          const depends_on = s.deps.filter((d) => d < specs.length && d !== i).map((d) => `A-${d}`);
          return task(`A-${i}`, s.status === 'done' ? { status: s.status, deadline, completed: '2024-01-01', depends_on } : { status: s.status, deadline, depends_on });
        });
        for (const t of dataset('2024-01-15', records, within).tasks) {
          expect(t.overdue && isAtRisk(t)).toBe(false);
          if (isAtRisk(t)) expect(t.open).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extensions', () => {
  it('the original due is the due date of the first extension’s from', () => {
    const t = alone({ deadline: '2024-06', extensions: [{ from: '2024-Q1' }, { from: '2024-04-30' }] }, '2024-02-01');
    expect({ due: dayText(t.due), originalDue: dayText(t.originalDue), extensions: t.extensions }).toEqual({ due: '2024-06-30', originalDue: '2024-03-31', extensions: 2 });
  });

  it('a task never extended has no original due', () => {
    const t = alone({ deadline: '2024-06' }, '2024-02-01');
    expect({ originalDue: t.originalDue, extensions: t.extensions }).toEqual({ originalDue: undefined, extensions: 0 });
  });
});

describe('looking back to a past as_of', () => {
  const finished = { status: 'done', deadline: '2024-02-29', completed: '2024-03-05' } as const;

  // as of → status, open, overdue, days overdue
  it.each([
    ['2024-02-20', 'in_progress', true, false, undefined], // completed later: still open then
    ['2024-03-02', 'in_progress', true, true, 2], // and already overdue then
    ['2024-03-05', 'done', false, false, undefined],
    ['2024-04-01', 'done', false, false, undefined],
  ] as const)('a task completed 2024-03-05, as of %s: %s', (asOf, status, open, overdue, daysOverdue) => {
    const t = alone(finished, asOf);
    expect({ status: t.status, open: t.open, overdue: t.overdue, daysOverdue: t.daysOverdue }).toEqual({ status, open, overdue, daysOverdue });
  });

  it('done late only counts once it is done', () => {
    expect(alone(finished, '2024-03-04').doneLate).toBe(false);
    expect(alone(finished, '2024-03-05').doneLate).toBe(true);
  });

  const extended: TaskSpec = {
    deadline: '2024-H2',
    extensions: [
      { from: '2024-03', approved: '2024-03-22' },
      { from: '2024-Q2', approved: '2024-06-24' },
    ],
  };

  // as of → deadline, due, extensions, original due, overdue days
  it.each([
    ['2024-02-01', '2024-03', '2024-03-31', 0, undefined, undefined],
    ['2024-03-21', '2024-03', '2024-03-31', 0, undefined, undefined],
    ['2024-03-22', '2024-Q2', '2024-06-30', 1, '2024-03-31', undefined],
    ['2024-06-23', '2024-Q2', '2024-06-30', 1, '2024-03-31', undefined],
    ['2024-06-24', '2024-H2', '2024-12-31', 2, '2024-03-31', undefined],
  ] as const)('extended twice, as of %s: deadline %s', (asOf, deadline, due, extensions, originalDue, daysOverdue) => {
    const t = alone(extended, asOf);
    expect({ deadline: t.deadline?.text, due: dayText(t.due), extensions: t.extensions, originalDue: dayText(t.originalDue), daysOverdue: t.daysOverdue }).toEqual({
      deadline,
      due,
      extensions,
      originalDue,
      daysOverdue,
    });
  });

  it('before an extension is approved the old deadline can already be overdue', () => {
    const t = alone({ deadline: '2024-Q2', extensions: [{ from: '2024-03', approved: '2024-04-05' }] }, '2024-04-02');
    expect({ deadline: t.deadline?.text, overdue: t.overdue, daysOverdue: t.daysOverdue }).toEqual({ deadline: '2024-03', overdue: true, daysOverdue: 2 });
  });

  it('an extension with no approval date always counts', () => {
    const t = alone({ deadline: '2024-Q2', extensions: [{ from: '2024-03' }] }, '2020-01-01');
    expect({ deadline: t.deadline?.text, extensions: t.extensions }).toEqual({ deadline: '2024-Q2', extensions: 1 });
  });
});

describe('the dataset', () => {
  it('keeps tasks and ministries in natural id order', () => {
    const ds = dataset('2024-02-01', [task('MOJ-10'), task('MOJ-2'), task('GO-1'), task('MOJ-1')]);
    expect(ds.tasks.map((t) => t.id)).toEqual(['GO-1', 'MOJ-1', 'MOJ-2', 'MOJ-10']);
    expect(ds.ministries.map((m) => m.code)).toEqual(['GO', 'MOJ']);
  });

  it('keeps the first of two tasks with the same id (a validation error)', () => {
    const ds = dataset('2024-02-01', [task('MOJ-1', { title: 'first' }), task('MOJ-1', { title: 'second' })]);
    expect(ds.tasks.map((t) => t.record.title)).toEqual(['first']);
  });
});

describe('risk propagation is linear in the dependencies', () => {
  it('one task waiting on 5,000 tasks at risk gets each as a reason once, without searching its reasons per dependency', () => {
    // Each upstream task is due soon; DOWN-1 depends on all of them (and on the first twice).
    const n = 5_000;
    const ups = Array.from({ length: n }, (_, i) => task(`UP-${i + 1}`, { deadline: '2024-01-10' }));
    const down = task('DOWN-1', { deadline: '2024-06-30', depends_on: ['UP-1', ...ups.map((t) => t.id)] });
    // Counts the elements that Array.prototype.some walks while the dataset is built: N² before.
    const some = Array.prototype.some;
    let walked = 0;
    Array.prototype.some = function (this: unknown[], ...args: Parameters<typeof some>) {
      walked += this.length;
      return some.apply(this, args);
    };
    let risks: readonly RiskReason[];
    try {
      risks = dataset('2024-01-01', [...ups, down]).byId.get('DOWN-1')!.risks;
    } finally {
      Array.prototype.some = some;
    }
    expect(risks).toHaveLength(n);
    expect(risks[0]).toEqual({ code: 'dependency-at-risk', task: 'UP-1' });
    expect(risks.every((r) => r.code === 'dependency-at-risk')).toBe(true);
    expect(walked).toBeLessThan(10 * n);
  });
});
