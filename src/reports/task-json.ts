import { formatDay } from '../domain/calendar.js';
import { en } from '../i18n/en.js';
import type { Task } from '../model/dataset.js';

/** The calendar year of a day. */
export const yearOf = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();

/** The year the task's work first fell due ("behind schedule since"), SPEC §10. */
export const firstDueYear = (task: Task): number | null => (task.firstDue === undefined ? null : yearOf(task.firstDue));

/** A task in any JSON report (SPEC §5); absent values are null so every task has the same keys. */
export function taskJson(task: Task): Record<string, unknown> {
  const r = task.record;
  const day = (d: number | undefined) => (d === undefined ? null : formatDay(d));
  return {
    id: task.id,
    ministry: task.ministry,
    title: r.title,
    owner: r.owner,
    status: task.status,
    deadline: task.deadline?.text ?? null,
    due: day(task.due),
    original_due: day(task.originalDue),
    first_due_year: firstDueYear(task),
    extensions: task.extensions,
    completed: day(task.completed),
    result: r.result ?? null,
    state: stateOf(task),
    depends_on: task.dependsOn,
    blocks: task.blocks,
    coordinating: r.coordinating,
    assigned: day(r.assigned),
    assigned_by: r.assignedBy ?? null,
    leader: r.leader ?? null,
    refs: r.refs ?? [],
    obstacle: r.obstacle ?? null,
    source: r.source ?? null,
    notes: r.notes ?? null,
    // SPEC §15: only a recurring duty with a period says which it last reported and how many are missing.
    ...(r.every === undefined ? {} : { every: r.every, reported: r.reported?.text ?? null, missing_periods: task.missingPeriods ?? 0 }),
    file: r.file,
    line: r.line,
  };
}

/** The one computed state of SPEC §15, the most pressing first: overdue, at risk, blocked, else null. */
export function stateOf(task: Task): 'overdue' | 'at_risk' | 'blocked' | null {
  if (task.overdue) return 'overdue';
  if (task.risks.length > 0) return 'at_risk';
  if (task.blocked) return 'blocked';
  return null;
}

/** JSON is machine output: its messages are English whatever the language of the report. */
export function reasonsJson(task: Task): Record<string, unknown>[] {
  return task.risks.map((r) => ({ code: r.code, ...('task' in r ? { task: r.task } : {}), message: en.reason(r) }));
}
