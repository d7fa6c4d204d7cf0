import type { Day } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import type { ExtensionRecord, TaskRecord } from '../domain/records.js';
import type { Status } from '../domain/status.js';

/** What a task looked like on `asOf`: the file records its latest state, reports may look back. */
export interface TaskAt {
  status: Status;
  deadline?: Deadline;
  completed?: Day;
  /** The extensions already granted on `asOf`. */
  extensions: ExtensionRecord[];
}

/**
 * A task as it stood on a past `asOf`: a task completed after that day was
 * still open then, and an extension approved after it had not yet moved the
 * deadline. For today (the usual case) this is the task as written.
 */
export function taskAt(record: TaskRecord, asOf: Day): TaskAt {
  const later = record.extensions.findIndex((e) => e.approved !== undefined && e.approved > asOf);
  const extensions = later < 0 ? record.extensions : record.extensions.slice(0, later);
  const deadline = later < 0 ? record.deadline : record.extensions[later]!.from;
  const at: TaskAt = { status: record.status, extensions };
  if (deadline !== undefined) at.deadline = deadline;
  if (record.status === 'done' && record.completed !== undefined) {
    if (record.completed > asOf) at.status = 'in_progress';
    else at.completed = record.completed;
  }
  return at;
}
