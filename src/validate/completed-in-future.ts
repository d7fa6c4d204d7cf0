import { formatDay, type Day } from '../domain/calendar.js';
import { problem, type Problem } from '../domain/problem.js';
import type { TaskRecord } from '../domain/records.js';

/**
 * `completed-in-future`: a completion after `limit`, which is as_of, or today
 * for a report that looks back (`limitIs`). Kept out of the cached validation
 * because it depends on the day, not only on the files.
 */
export function completedInFuture(tasks: readonly TaskRecord[], limit: Day, limitIs: 'as of' | 'today' = 'as of'): Problem[] {
  const out: Problem[] = [];
  for (const t of tasks) {
    if (t.completed === undefined || t.completed <= limit) continue;
    const at = t.completedAt ?? { line: t.line, column: 1 };
    out.push(problem(t.file, at, 'completed-in-future', `completed ${formatDay(t.completed)} is after ${formatDay(limit)} (${limitIs})`, t.id));
  }
  return out;
}
