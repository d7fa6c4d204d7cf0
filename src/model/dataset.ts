import type { Day } from '../domain/calendar.js';
import type { RiskCode, RiskReason } from '../domain/risk.js';
import type { Deadline } from '../domain/deadline.js';
import type { MinistryRecord, TaskRecord } from '../domain/records.js';
import type { Status } from '../domain/status.js';
import { compareIds } from '../domain/compare-ids.js';
import { isOpen } from '../domain/status.js';
import { taskAt } from './task-at.js';
import { recurringDue } from './recurring-due.js';
import { periodEnd, periodOf } from '../domain/period.js';

export type { RiskCode, RiskReason } from '../domain/risk.js';

/** A task with the states of SPEC §3 computed for one `asOf`. */
export interface Task {
  record: TaskRecord;
  id: string;
  ministry: string;
  /** The ministry's Vietnamese abbreviation (`abbr_vi`), which --lang vi shows in place of its code. */
  ministryVi?: string;
  status: Status;
  deadline?: Deadline;
  due?: Day;
  /** Due date of the first extension's `from`, when the deadline was extended. */
  originalDue?: Day;
  /**
   * When the work first fell due: the deadline before any extension, or for a
   * recurring duty with `every`, the end of its first unreported period. Its
   * year is the "behind schedule since" year of the 2025 review.
   */
  firstDue?: Day;
  /** Recurring duties with `every`: periods ended without a report. */
  missingPeriods?: number;
  extensions: number;
  completed?: Day;
  dependsOn: string[];
  /** Open tasks that depend on this one directly. */
  blocks: string[];
  open: boolean;
  overdue: boolean;
  daysOverdue?: number;
  /** Days from asOf to the due date (0 on the due date); for open tasks with a deadline. */
  daysLeft?: number;
  doneLate: boolean;
  blocked: boolean;
  risks: RiskReason[];
}

export interface Dataset {
  asOf: Day;
  within: number;
  ministries: MinistryRecord[];
  /** In id order. */
  tasks: Task[];
  byId: ReadonlyMap<string, Task>;
  /** Direct dependents of each id, open or not. */
  dependents: ReadonlyMap<string, readonly string[]>;
  /** Tasks given after asOf (`assigned`), which a report for that day does not know: id → assigned. */
  notYetAssigned: ReadonlyMap<string, Day>;
}

const SATISFIED: ReadonlySet<Status> = new Set(['done', 'recurring', 'cancelled']);

export interface DatasetOptions {
  asOf: Day;
  /** The at-risk window in days. */
  within: number;
}

/** Indexes the tasks and computes every derived state of SPEC §3: a pure function of the records and asOf. */
export function buildDataset(ministries: readonly MinistryRecord[], records: readonly TaskRecord[], options: DatasetOptions): Dataset {
  const { asOf, within } = options;
  const byId = new Map<string, Task>();
  const notYetAssigned = new Map<string, Day>();
  const tasks: Task[] = [];
  const abbrVi = new Map(ministries.flatMap((m) => (m.abbrVi === undefined ? [] : [[m.code, m.abbrVi] as const])));
  for (const record of records) {
    if (byId.has(record.id) || notYetAssigned.has(record.id)) continue; // a duplicate id is a validation error; the first one counts
    // Looking back is exact for a task that says when it was given: before that day it did not exist.
    if (record.assigned !== undefined && record.assigned > asOf) {
      notYetAssigned.set(record.id, record.assigned);
      continue;
    }
    const at = taskAt(record, asOf);
    const open = isOpen(at.status);
    const periodic = at.status === 'recurring' ? recurringDue(record, asOf) : undefined;
    const due = periodic?.due ?? at.deadline?.due;
    const overdue = periodic !== undefined ? periodic.missing > 0 : open && due !== undefined && due < asOf;
    const task: Task = {
      record,
      id: record.id,
      ministry: record.ministry,
      status: at.status,
      extensions: at.extensions.length,
      dependsOn: record.dependsOn,
      blocks: [],
      open,
      overdue,
      doneLate: at.status === 'done' && at.completed !== undefined && due !== undefined && at.completed > due,
      blocked: false,
      risks: [],
    };
    const vi = abbrVi.get(record.ministry);
    if (vi !== undefined) task.ministryVi = vi;
    if (at.deadline !== undefined) task.deadline = at.deadline;
    if (due !== undefined) task.due = due;
    if (at.completed !== undefined) task.completed = at.completed;
    if (at.extensions.length > 0) task.originalDue = at.extensions[0]!.from.due;
    const firstDue = periodic?.due ?? record.extensions[0]?.from.due ?? record.deadline?.due;
    if (firstDue !== undefined) task.firstDue = firstDue;
    if (periodic !== undefined) task.missingPeriods = periodic.missing;
    if (overdue) task.daysOverdue = asOf - due!;
    // A duty already reported for the current period has nothing due in it: only the current period's report can be due soon.
    else if (periodic !== undefined) {
      if (periodic.due === periodEnd(periodOf(asOf, record.every!), record.every!)) task.daysLeft = due! - asOf;
    } else if (open && due !== undefined) task.daysLeft = due - asOf;
    byId.set(task.id, task);
    tasks.push(task);
  }
  tasks.sort((a, b) => compareIds(a.id, b.id));

  const dependents = new Map<string, string[]>();
  for (const task of tasks) {
    for (const dep of task.dependsOn) {
      const list = dependents.get(dep);
      if (list === undefined) dependents.set(dep, [task.id]);
      else list.push(task.id);
      const target = byId.get(dep);
      // A dependency that is not in the dataset (left out by --skip-invalid) cannot be shown to be satisfied.
      if (task.open && (target === undefined || !SATISFIED.has(target.status))) task.blocked = true;
      if (target !== undefined && task.open) target.blocks.push(task.id);
    }
  }
  computeRisks(tasks, byId, dependents, within);
  return { asOf, within, ministries: [...ministries].sort((a, b) => compareIds(a.code, b.code)), tasks, byId, dependents, notYetAssigned };
}

/**
 * At risk: open, not overdue, and due soon or held up by a direct dependency.
 * Risk then flows downstream along the whole chain; each task enters the
 * queue once, when it first becomes at risk, so this ends even on a cycle.
 */
function computeRisks(tasks: Task[], byId: Map<string, Task>, dependents: Map<string, string[]>, within: number): void {
  const candidate = (t: Task) => t.open && !t.overdue;
  const queue: Task[] = [];
  for (const task of tasks) {
    // A recurring duty's report can be due soon; it waits on nothing and holds nothing up (a duty satisfies its dependents).
    if (task.status === 'recurring' && !task.overdue && task.daysLeft !== undefined && task.daysLeft <= within) task.risks.push({ code: 'due-soon', daysLeft: task.daysLeft, due: task.due! });
    if (!candidate(task)) continue;
    if (task.daysLeft !== undefined && task.daysLeft <= within) task.risks.push({ code: 'due-soon', daysLeft: task.daysLeft, due: task.due! });
    for (const id of task.dependsOn) {
      const dep = byId.get(id);
      if (dep === undefined) continue;
      if (dep.overdue) task.risks.push({ code: 'dependency-overdue', task: id, daysOverdue: dep.daysOverdue! });
      else if (dep.open && dep.due !== undefined && task.due !== undefined && dep.due > task.due) task.risks.push({ code: 'dependency-late', task: id, due: dep.due });
    }
    if (task.risks.length > 0) queue.push(task);
  }
  for (let i = 0; i < queue.length; i++) {
    const upstream = queue[i]!;
    // Each upstream task is queued once, so a (task, dependency) pair is met
    // once per listing of the dependency; the Set drops a dependency listed
    // twice. (Searching the task's reasons instead was N² for one task that
    // waits on N tasks at risk.)
    for (const id of new Set(dependents.get(upstream.id) ?? [])) {
      const down = byId.get(id)!;
      if (!candidate(down)) continue;
      const wasAtRisk = down.risks.length > 0;
      down.risks.push({ code: 'dependency-at-risk', task: upstream.id });
      if (!wasAtRisk) queue.push(down);
    }
  }
  for (const task of tasks) if (task.risks.length > 1) task.risks.sort(compareReasons);
}

const REASON_ORDER: Record<RiskCode, number> = { 'due-soon': 0, 'dependency-overdue': 1, 'dependency-late': 2, 'dependency-at-risk': 3 };

function compareReasons(a: RiskReason, b: RiskReason): number {
  return REASON_ORDER[a.code] - REASON_ORDER[b.code] || compareIds(reasonTask(a), reasonTask(b));
}

const reasonTask = (r: RiskReason) => ('task' in r ? r.task : '');

export const isAtRisk = (t: Task) => t.risks.length > 0;

/** The computed states words describe. */
export const statesOf = (t: Task) => ({ overdue: t.overdue, ...(t.daysOverdue === undefined ? {} : { daysOverdue: t.daysOverdue }), atRisk: isAtRisk(t), blocked: t.blocked, doneLate: t.doneLate });
