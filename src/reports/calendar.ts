import type { Day } from '../domain/calendar.js';
import type { Dataset, Task } from '../model/dataset.js';
import { matches, type TaskFilter } from './filter-tasks.js';

/** One date on the calendar: an open task's due date. */
export interface CalendarEntry {
  task: Task;
  due: Day;
}

export interface CalendarReport {
  kind: 'calendar';
  asOf: Day;
  /** By due date, then by id (the dataset's order). */
  entries: CalendarEntry[];
}

/** The dates `export ics` puts on a calendar: every open task that passes the filter, on its due date. */
export function calendarReport(ds: Dataset, filter: TaskFilter = {}): CalendarReport {
  const entries: CalendarEntry[] = [];
  for (const task of ds.tasks) {
    if (task.open && task.due !== undefined && matches(task, filter)) entries.push({ task, due: task.due });
  }
  entries.sort((a, b) => a.due - b.due); // stable: ties keep id order
  return { kind: 'calendar', asOf: ds.asOf, entries };
}
