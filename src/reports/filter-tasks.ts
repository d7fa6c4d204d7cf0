import type { Day } from '../domain/calendar.js';
import type { Task } from '../model/dataset.js';
import type { Status } from '../domain/status.js';
import { textIncludes } from '../domain/fold-text.js';

export interface TaskFilter {
  /** Ministry codes; a task matches any of them. */
  ministries?: readonly string[];
  /** Part of the owner; every text filter ignores case, normalisation, tone marks and đ/d (foldText). */
  owner?: string;
  /** Part of the named leader. */
  leader?: string;
  /** Part of the title, result, obstacle or notes. */
  text?: string;
  /** Part of one of the official documents in `refs`. */
  ref?: string;
  statuses?: readonly Status[];
  blocked?: boolean;
  /** Due strictly before this day. */
  dueBefore?: Day;
  /** Due strictly after this day. */
  dueAfter?: Day;
}

export function matches(task: Task, filter: TaskFilter): boolean {
  if (filter.ministries !== undefined && filter.ministries.length > 0 && !filter.ministries.includes(task.ministry)) return false;
  const r = task.record;
  if (filter.owner !== undefined && !textIncludes(r.owner, filter.owner)) return false;
  if (filter.leader !== undefined && !(r.leader !== undefined && textIncludes(r.leader, filter.leader))) return false;
  if (filter.text !== undefined && ![r.title, r.result, r.obstacle, r.notes].some((t) => t !== undefined && textIncludes(t, filter.text!))) return false;
  if (filter.ref !== undefined && !(r.refs ?? []).some((ref) => textIncludes(ref, filter.ref!))) return false;
  if (filter.statuses !== undefined && filter.statuses.length > 0 && !filter.statuses.includes(task.status)) return false;
  if (filter.blocked === true && !task.blocked) return false;
  if (filter.dueBefore !== undefined && !(task.due !== undefined && task.due < filter.dueBefore)) return false;
  if (filter.dueAfter !== undefined && !(task.due !== undefined && task.due > filter.dueAfter)) return false;
  return true;
}
