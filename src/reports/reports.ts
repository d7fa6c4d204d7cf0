import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import { matches, type TaskFilter } from './filter-tasks.js';

// Each report is pure data: (dataset, options) → XReport. Rendering is elsewhere.

export interface OverdueReport {
  kind: 'overdue';
  asOf: Day;
  tasks: Task[];
}

export interface AtRiskReport {
  kind: 'at-risk';
  asOf: Day;
  within: number;
  tasks: Task[];
}

export interface ListReport {
  kind: 'list';
  asOf: Day;
  tasks: Task[];
}

export interface TaskReport {
  kind: 'task';
  asOf: Day;
  task: Task;
  /** Everything it depends on, transitively, nearest first. */
  upstream: Task[];
  /** Everything that depends on it, transitively, nearest first. */
  downstream: Task[];
  /** Dependencies named in the data that are not in the dataset. */
  missing: string[];
}

/** Open and past due: most days overdue first, then by id. */
export function overdueReport(ds: Dataset, filter: TaskFilter = {}): OverdueReport {
  const tasks = ds.tasks.filter((t) => t.overdue && matches(t, filter));
  tasks.sort((a, b) => b.daysOverdue! - a.daysOverdue! || compareIds(a.id, b.id));
  return { kind: 'overdue', asOf: ds.asOf, tasks };
}

/** Open, not overdue, with at least one reason: soonest due first, then by id. */
export function atRiskReport(ds: Dataset, filter: TaskFilter = {}): AtRiskReport {
  const tasks = ds.tasks.filter((t) => isAtRisk(t) && matches(t, filter));
  tasks.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || compareIds(a.id, b.id));
  return { kind: 'at-risk', asOf: ds.asOf, within: ds.within, tasks };
}

/** Every task that passes the filter, by id. */
export function listReport(ds: Dataset, filter: TaskFilter = {}): ListReport {
  return { kind: 'list', asOf: ds.asOf, tasks: ds.tasks.filter((t) => matches(t, filter)) };
}

/** One task with its whole neighbourhood; undefined when there is no such task. */
export function taskReport(ds: Dataset, id: string): TaskReport | undefined {
  const task = ds.byId.get(id);
  if (task === undefined) return undefined;
  const missing: string[] = [];
  const walk = (next: (t: Task) => readonly string[]): Task[] => {
    const seen = new Set([id]);
    const out: Task[] = [];
    const queue = [task];
    for (let i = 0; i < queue.length; i++) {
      for (const nextId of next(queue[i]!)) {
        if (seen.has(nextId)) continue;
        seen.add(nextId);
        const found = ds.byId.get(nextId);
        if (found === undefined) {
          missing.push(nextId);
          continue;
        }
        out.push(found);
        queue.push(found);
      }
    }
    return out;
  };
  const upstream = walk((t) => t.dependsOn);
  const downstream = walk((t) => ds.dependents.get(t.id) ?? []);
  return { kind: 'task', asOf: ds.asOf, task, upstream, downstream, missing };
}
