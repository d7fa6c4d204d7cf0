import type { Day } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import type { Problem } from '../domain/problem.js';
import { compareIds } from '../domain/compare-ids.js';
import type { Dataset, Task } from '../model/dataset.js';
import type { TaskRecord } from '../domain/records.js';
import { extensionText } from './review-changes.js';
import { summaryReport, type SummaryRow } from './summary.js';

/** In the order a meeting reads them: a new task first, then results, then what went wrong, then the rest. */
export const MOVEMENT_KINDS = ['added', 'done', 'newly-overdue', 'deadline-moved', 'cancelled', 'reopened', 'owner', 'leader', 'obstacle-raised', 'obstacle-cleared', 'reported'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** One end of the interval: what the user named, the commit it resolved to (none for the working tree), and its day. */
export interface HistoryPoint {
  rev: string;
  commit?: string;
  date: Day;
}

/** One thing that moved for one task between the two points. */
export interface Movement {
  task: string;
  ministry: string;
  change: MovementKind;
  from?: string;
  to?: string;
  /** done: the completion day; newly-overdue: the due date; deadline-moved: when the latest extension was approved. */
  date?: Day;
  result?: string;
  reason?: string;
  /** The deadlines behind `from` and `to` (added, newly-overdue, deadline-moved), for the words of the reader's language. */
  fromDeadline?: Deadline;
  toDeadline?: Deadline;
  /** The task's title, for people. */
  title: string;
  /** The ministry's `abbr_vi`, which --lang vi shows in place of its code. */
  ministryVi?: string;
}

export interface Counts {
  total: number;
  done: number;
  percent_done: number;
  overdue: number;
}

export interface MinistryMovement {
  ministry: string;
  name: string;
  /** `name_vi` and `abbr_vi`, where the file gives them (for --lang vi; not in the JSON). */
  nameVi?: string;
  abbrVi?: string;
  before: Counts;
  after: Counts;
}

/** A commit between the two points at which the data had errors. */
export interface InvalidCommit {
  /** Absent for the working tree. */
  commit?: string;
  date: Day;
  /** How many errors, and the first of them, to say what was wrong. */
  errors: number;
  first: Problem;
}

export interface ChangesReport {
  kind: 'changes';
  since: HistoryPoint;
  until: HistoryPoint;
  /** By ministry, then task id, then kind in MOVEMENT_KINDS order. */
  tasks: Movement[];
  /** Every ministry present at either point, by code. */
  ministries: MinistryMovement[];
  invalidBetween: InvalidCommit[];
}

/** The data at one point, computed as of that point's day. */
export interface Snapshot {
  point: HistoryPoint;
  dataset: Dataset;
}

// The optional fields of SPEC §10 a change compares: absent and empty are the same.
const text = (r: TaskRecord, key: 'leader' | 'obstacle' | 'reported'): string | undefined => {
  const v = key === 'reported' ? r.reported?.text : r[key];
  return v === undefined || v.trim() === '' ? undefined : v;
};

/**
 * What moved between two points (SPEC §11, §15): a pure function of the two
 * datasets, each computed as of its own day, so a task whose due date fell
 * in the interval is "newly overdue" even when nobody edited its file.
 */
export function changesReport(before: Snapshot, after: Snapshot, invalidBetween: readonly InvalidCommit[] = []): ChangesReport {
  const out: Movement[] = [];
  const sinceDay = before.point.date;
  const untilDay = after.point.date;
  for (const t of after.dataset.tasks) {
    const was = before.dataset.byId.get(t.id);
    const note = (change: MovementKind, extra: Partial<Movement> = {}) => out.push({ task: t.id, ministry: t.ministry, change, title: t.record.title, ...(t.ministryVi === undefined ? {} : { ministryVi: t.ministryVi }), ...extra });
    if (was === undefined) {
      note('added', withDefined({ to: t.deadline?.text, toDeadline: t.deadline }));
      // Given and finished between two meetings: both are news.
      if (t.status === 'done' && t.completed !== undefined && t.completed > sinceDay) note('done', withDefined({ to: 'done', date: t.completed, result: t.record.result }));
    } else statusMoves(was, t, note);
    if (t.open && t.due !== undefined && t.due > sinceDay && t.due < untilDay) note('newly-overdue', withDefined({ to: t.deadline?.text, toDeadline: t.deadline, date: t.due }));
    if (was === undefined) continue;
    if (was.due !== undefined && t.due !== undefined && was.due !== t.due) {
      const granted = t.record.extensions.slice(0, t.extensions).filter((e) => !was.record.extensions.slice(0, was.extensions).some((old) => extensionText(old) === extensionText(e)));
      const latest = granted.at(-1);
      note('deadline-moved', withDefined({ from: was.deadline?.text, to: t.deadline?.text, fromDeadline: was.deadline, toDeadline: t.deadline, reason: granted.length > 0 ? granted.map((e) => e.reason).join('; ') : undefined, date: latest?.approved }));
    }
    if (was.record.owner !== t.record.owner) note('owner', { from: was.record.owner, to: t.record.owner });
    const [leaderWas, leaderNow] = [text(was.record, 'leader'), text(t.record, 'leader')];
    if (leaderWas !== leaderNow) note('leader', withDefined({ from: leaderWas, to: leaderNow }));
    const [obstacleWas, obstacleNow] = [text(was.record, 'obstacle'), text(t.record, 'obstacle')];
    if (obstacleNow !== undefined && obstacleWas !== obstacleNow) note('obstacle-raised', withDefined({ from: obstacleWas, to: obstacleNow }));
    else if (obstacleNow === undefined && obstacleWas !== undefined) note('obstacle-cleared', { from: obstacleWas });
    const [reportedWas, reportedNow] = [text(was.record, 'reported'), text(t.record, 'reported')];
    if (reportedNow !== undefined && reportedWas !== reportedNow) note('reported', withDefined({ from: reportedWas, to: reportedNow }));
  }
  const order = new Map<string, number>(MOVEMENT_KINDS.map((k, i) => [k, i]));
  out.sort((a, b) => (a.ministry < b.ministry ? -1 : a.ministry > b.ministry ? 1 : compareIds(a.task, b.task) || order.get(a.change)! - order.get(b.change)!));
  return { kind: 'changes', since: before.point, until: after.point, tasks: out, ministries: ministryMovements(before.dataset, after.dataset), invalidBetween: [...invalidBetween] };
}

function statusMoves(was: Task, now: Task, note: (change: MovementKind, extra?: Partial<Movement>) => void): void {
  if (now.status === was.status) return;
  if (now.status === 'done') note('done', withDefined({ from: was.status, to: 'done', date: now.completed, result: now.record.result }));
  else if (now.status === 'cancelled') note('cancelled', withDefined({ from: was.status, to: 'cancelled', reason: now.record.notes }));
  else if (was.status === 'done' && now.open) note('reopened', { from: 'done', to: now.status });
}

/** Before and after of every ministry present at either point, by code. */
function ministryMovements(before: Dataset, after: Dataset): MinistryMovement[] {
  const pick = (c: Counts): Counts => ({ total: c.total, done: c.done, percent_done: c.percent_done, overdue: c.overdue });
  const zero: Counts = { total: 0, done: 0, percent_done: 0, overdue: 0 };
  const rows = new Map<string, MinistryMovement>();
  const named = (r: SummaryRow) => ({ ministry: r.ministry, name: r.name, ...(r.name_vi === null ? {} : { nameVi: r.name_vi }), ...(r.abbr_vi === null ? {} : { abbrVi: r.abbr_vi }) });
  for (const r of summaryReport(before).rows) rows.set(r.ministry, { ...named(r), before: pick(r), after: zero });
  for (const r of summaryReport(after).rows) rows.set(r.ministry, { ...named(r), before: rows.get(r.ministry)?.before ?? zero, after: pick(r) });
  return [...rows.values()].sort((a, b) => compareIds(a.ministry, b.ministry));
}

/** The object without its undefined values, for exactOptionalPropertyTypes. */
function withDefined<T extends object>(o: { [K in keyof T]: T[K] | undefined }): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
