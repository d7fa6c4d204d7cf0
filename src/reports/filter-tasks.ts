import type { Day } from '../domain/calendar.js';
import type { Task } from '../model/dataset.js';
import type { Status } from '../domain/status.js';

export interface TaskFilter {
  /** Ministry codes; a task matches any of them. */
  ministries?: readonly string[];
  /** Case-insensitive substring of the owner. */
  owner?: string;
  statuses?: readonly Status[];
  blocked?: boolean;
  /** Due strictly before this day. */
  dueBefore?: Day;
  /** Due strictly after this day. */
  dueAfter?: Day;
}

export function matches(task: Task, filter: TaskFilter): boolean {
  if (filter.ministries !== undefined && filter.ministries.length > 0 && !filter.ministries.includes(task.ministry)) return false;
  if (filter.owner !== undefined && !task.record.owner.toLocaleLowerCase().includes(filter.owner.toLocaleLowerCase())) return false;
  if (filter.statuses !== undefined && filter.statuses.length > 0 && !filter.statuses.includes(task.status)) return false;
  if (filter.blocked === true && !task.blocked) return false;
  if (filter.dueBefore !== undefined && !(task.due !== undefined && task.due < filter.dueBefore)) return false;
  if (filter.dueAfter !== undefined && !(task.due !== undefined && task.due > filter.dueAfter)) return false;
  return true;
}
