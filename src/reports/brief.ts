import { formatDay, type Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import type { ChangesReport, HistoryPoint } from './changes.js';
import { summaryReport, type SummaryCounts, type SummaryReport } from './summary.js';
import type { TrendReport } from './trend.js';

export type DecisionWhy = 'obstacle' | 'long-overdue' | 'extended-again';

/** Why the task force is asked, with the facts the words are made of (the words belong to the renderer's language). */
export type Decision =
  | { task: Task; why: 'obstacle'; obstacle: string }
  | { task: Task; why: 'long-overdue'; daysOverdue: number; due: Day; limit: number }
  | { task: Task; why: 'extended-again'; extensions: number; firstDue: Day; due: Day };


/** An overdue task and the open work on either side of it. */
export interface Chain {
  task: Task;
  /** Open tasks it waits on, directly or not, nearest first. */
  waitsOn: Task[];
  /** Open tasks that wait on it, directly or not, nearest first. */
  holdsUp: Task[];
}

export interface BriefReport {
  kind: 'brief';
  asOf: Day;
  since: HistoryPoint;
  headline: SummaryCounts;
  changes: ChangesReport;
  decisions: Decision[];
  /** Overdue tasks by the year they first fell due (before any extension), oldest year first; most days overdue first within a year. */
  overdueByYear: { year: number; tasks: Task[] }[];
  atRisk: Task[];
  /** The summary sorted worst first (most overdue, then lowest percent done, then code), with its subtotals per kind. */
  summary: SummaryReport;
  trend: TrendReport;
  chains: Chain[];
  dataset: Dataset;
}

export interface BriefOptions {
  /** Overdue longer than this many days needs a decision above the owner (escalate_after_days in p06.yaml). */
  escalateAfterDays: number;
}

const obstacleOf = (t: Task): string | undefined => (t.record.obstacle === undefined || t.record.obstacle.trim() === '' ? undefined : t.record.obstacle);

/** The year the work first fell due (Task.firstDue: before any extension; a duty's first unreported period), the 2025 review's "behind schedule since". */
export const firstDueYear = (t: Task): number | undefined => (t.firstDue === undefined ? undefined : Number(formatDay(t.firstDue).slice(0, 4)));

/** The meeting pack of SPEC §11, in its six sections; a pure function of the data now, what moved and the trend. */
export function briefReport(ds: Dataset, changes: ChangesReport, trend: TrendReport, options: BriefOptions): BriefReport {
  const summary = summaryReport(ds, 'worst');
  const overdue = ds.tasks.filter((t) => t.overdue).sort((a, b) => b.daysOverdue! - a.daysOverdue! || compareIds(a.id, b.id));
  const years = new Map<number, Task[]>();
  for (const t of overdue) {
    const year = firstDueYear(t)!;
    years.set(year, [...(years.get(year) ?? []), t]);
  }
  return {
    kind: 'brief',
    asOf: ds.asOf,
    since: changes.since,
    headline: summary.total,
    changes,
    decisions: decisions(ds, options),
    overdueByYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, tasks]) => ({ year, tasks })),
    atRisk: ds.tasks.filter(isAtRisk).sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || compareIds(a.id, b.id)),
    summary,
    trend,
    chains: overdue.map((t) => chainOf(t, ds)).filter((c) => c.waitsOn.length > 0 || c.holdsUp.length > 0),
    dataset: ds,
  };
}

/** Open tasks with an obstacle, overdue past the escalation limit, or extended twice or more: by id, then reason. */
function decisions(ds: Dataset, options: BriefOptions): Decision[] {
  const out: Decision[] = [];
  for (const t of ds.tasks) {
    if (!t.open) continue;
    const obstacle = obstacleOf(t);
    if (obstacle !== undefined) out.push({ task: t, why: 'obstacle', obstacle });
    if (t.overdue && t.daysOverdue! > options.escalateAfterDays) out.push({ task: t, why: 'long-overdue', daysOverdue: t.daysOverdue!, due: t.due!, limit: options.escalateAfterDays });
    if (t.extensions >= 2) out.push({ task: t, why: 'extended-again', extensions: t.extensions, firstDue: t.originalDue!, due: t.due! });
  }
  return out;
}

function chainOf(task: Task, ds: Dataset): Chain {
  const walk = (next: (t: Task) => readonly string[]): Task[] => {
    const seen = new Set([task.id]);
    const out: Task[] = [];
    const queue = [task];
    for (let i = 0; i < queue.length; i++) {
      for (const id of next(queue[i]!)) {
        const found = ds.byId.get(id);
        if (seen.has(id) || found === undefined || !found.open) continue;
        seen.add(id);
        out.push(found);
        queue.push(found);
      }
    }
    return out;
  };
  return { task, waitsOn: walk((t) => t.dependsOn), holdsUp: walk((t) => ds.dependents.get(t.id) ?? []) };
}
