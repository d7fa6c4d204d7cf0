import { formatDay, type Day } from '../domain/calendar.js';
import { problem, type Problem } from '../domain/problem.js';
import type { TaskRecord } from '../domain/records.js';
import { worded } from '../i18n/worded.js';

/**
 * `completed-in-future` and `assigned-in-future`: a completion, or the day a
 * task was given, after `limit`, which is as_of, or today for a report that
 * looks back (`limitIs`). Kept out of the cached validation because they
 * depend on the day, not only on the files.
 */
export function datesInFuture(tasks: readonly TaskRecord[], limit: Day, limitIs: 'as of' | 'today' = 'as of'): Problem[] {
  const out: Problem[] = [];
  for (const t of tasks) {
    if (t.assigned !== undefined && t.assigned > limit) {
      const at = t.assignedAt ?? { line: t.line, column: 1 };
      out.push(problem(t.file, at, 'assigned-in-future', worded('assignedInFuture', formatDay(t.assigned), formatDay(limit), limitIs), t.id));
    }
    if (t.completed !== undefined && t.completed > limit) {
      const at = t.completedAt ?? { line: t.line, column: 1 };
      out.push(problem(t.file, at, 'completed-in-future', worded('completedInFuture', formatDay(t.completed), formatDay(limit), limitIs), t.id));
    }
  }
  return out;
}

/** The latest date a task's dated facts carry, for the cheap test of whether datesInFuture can find anything. */
export function latestDate(t: TaskRecord): Day {
  return Math.max(t.completed ?? -Infinity, t.assigned ?? -Infinity);
}
