import type { Day } from '../domain/calendar.js';
import { formatPeriod, periodEnd, periodOf, type Every } from '../domain/period.js';
import type { Dataset, Task } from '../model/dataset.js';
import { recurringDue } from '../model/recurring-due.js';
import { matches, type TaskFilter } from './filter-tasks.js';

/**
 * One date on the calendar:
 * - `due`: an open task's due date;
 * - `missed`: a period of a recurring duty (`every`) that ended without its
 *   report, on the period's last day, so a missed occurrence stays in sight;
 * - `series`: a recurring duty's coming reports, on the last day of each
 *   period from the first one not yet reported on, with no end.
 */
export type CalendarEntry =
  | { kind: 'due'; task: Task; due: Day }
  | { kind: 'missed'; task: Task; due: Day; period: string }
  | { kind: 'series'; task: Task; due: Day; period: string; every: Every };

export interface CalendarReport {
  kind: 'calendar';
  asOf: Day;
  /** By date, then by id (the dataset's order), a duty's missed periods before its series. */
  entries: CalendarEntry[];
}

/**
 * A recurring duty with `every`: each ended period without a report, then
 * the series from the current period (or the one after, when the current one
 * is already reported). Without `reported` or `assigned` p06 cannot tell
 * which periods were owed: only the series from the current period.
 */
function periodEntries(task: Task, every: Every, asOf: Day): CalendarEntry[] {
  const current = periodOf(asOf, every);
  const owed = recurringDue(task.record, asOf);
  const first = owed?.firstUnreported ?? current;
  const entries: CalendarEntry[] = [];
  for (let p = first; p < current; p++) entries.push({ kind: 'missed', task, due: periodEnd(p, every), period: formatPeriod(p, every) });
  const start = Math.max(first, current);
  entries.push({ kind: 'series', task, due: periodEnd(start, every), period: formatPeriod(start, every), every });
  return entries;
}

/**
 * The dates `export ics` puts on a calendar, for the tasks that pass the
 * filter: each open task's due date, and each recurring duty's periods
 * (SPEC §13). A recurring duty without `every` has no date to show.
 */
export function calendarReport(ds: Dataset, filter: TaskFilter = {}): CalendarReport {
  const entries: CalendarEntry[] = [];
  for (const task of ds.tasks) {
    if (!matches(task, filter)) continue;
    const every = task.record.every;
    if (task.status === 'recurring' && every !== undefined) entries.push(...periodEntries(task, every, ds.asOf));
    else if (task.open && task.due !== undefined) entries.push({ kind: 'due', task, due: task.due });
  }
  entries.sort((a, b) => a.due - b.due); // stable: ties keep id order
  return { kind: 'calendar', asOf: ds.asOf, entries };
}
