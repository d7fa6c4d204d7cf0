import { formatDay } from '../domain/calendar.js';
import type { Dataset, Task } from '../model/dataset.js';
import { reasonText } from './words.js';

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

export function reasonsJson(task: Task, ds: Dataset): Record<string, unknown>[] {
  return task.risks.map((r) => {
    const out: Record<string, unknown> = { code: r.code };
    if (r.task !== undefined) out.task = r.task;
    out.message = reasonText(r, task, (id) => ds.byId.get(id));
    return out;
  });
}
