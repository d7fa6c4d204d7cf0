import { formatDay } from '../domain/calendar.js';
import { en } from '../i18n/en.js';
import type { Task } from '../model/dataset.js';

/** The calendar year of a day. */
export const yearOf = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();

/** The year the task's work first fell due ("behind schedule since"), SPEC §10. */
export const firstDueYear = (task: Task): number | null => (task.firstDue === undefined ? null : yearOf(task.firstDue));

/** A task in any JSON report (SPEC §5); absent values are null so every task has the same keys. */
export function taskJson(task: Task): Record<string, unknown> {
  return {
    id: task.id,
    ministry: task.ministry,
    title: task.record.title,
    owner: task.record.owner,
    status: task.status,
    deadline: task.deadline?.text ?? null,
    due: task.due === undefined ? null : formatDay(task.due),
    original_due: task.originalDue === undefined ? null : formatDay(task.originalDue),
    extensions: task.extensions,
    depends_on: task.dependsOn,
    blocks: task.blocks,
    file: task.record.file,
    line: task.record.line,
  };
}

/** JSON is machine output: its messages are English whatever the language of the report. */
export function reasonsJson(task: Task): Record<string, unknown>[] {
  return task.risks.map((r) => ({ code: r.code, ...('task' in r ? { task: r.task } : {}), message: en.reason(r) }));
}
