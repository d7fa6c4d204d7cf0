import { formatDay, type Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import type { MinistryRecord } from '../domain/records.js';
import type { ChangesReport, HistoryPoint } from './changes.js';
import { percentDone, summaryReport, type SummaryCounts, type SummaryRow } from './summary.js';
import type { TrendReport } from './trend.js';

export const BODY_KINDS = ['ministry', 'agency', 'province'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The two groups the programme counts separately (SPEC §11): ministries and agencies, and localities. */
export const BODY_GROUPS = { national: ['ministry', 'agency'], local: ['province'] } as const satisfies Record<string, readonly BodyKind[]>;
export type BodyGroup = keyof typeof BODY_GROUPS;

export type DecisionWhy = 'obstacle' | 'long-overdue' | 'extended-again';

/** Why the task force is asked, with the facts the words are made of (the words belong to the renderer's language). */
export type Decision =
  | { task: Task; why: 'obstacle'; obstacle: string }
  | { task: Task; why: 'long-overdue'; daysOverdue: number; due: Day; limit: number }
  | { task: Task; why: 'extended-again'; extensions: number; firstDue: Day; due: Day };

export interface BriefRow extends SummaryRow {
  kind: BodyKind;
  /** `name_vi`, where the file gives one (for --lang vi; not in the JSON). */
  nameVi?: string;
}

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
  /** Worst first: most overdue, then lowest percent done, then code. */
  ministries: BriefRow[];
  /** Per kind, as SPEC §15's JSON gives them. */
  subtotals: Partial<Record<BodyKind, SummaryCounts>>;
  /** Per group of SPEC §11, as the table shows them: a group with no body is left out. */
  groups: { group: BodyGroup; counts: SummaryCounts }[];
  trend: TrendReport;
  chains: Chain[];
  dataset: Dataset;
}

export interface BriefOptions {
  /** Overdue longer than this many days needs a decision above the owner (escalate_after_days in p06.yaml). */
  escalateAfterDays: number;
}

const obstacleOf = (t: Task): string | undefined => (t.record.obstacle === undefined || t.record.obstacle.trim() === '' ? undefined : t.record.obstacle);
/** A body without `kind` is a ministry (SPEC §10's default). */
const kindOf = (m: MinistryRecord | undefined): BodyKind => m?.kind ?? 'ministry';

/** The year the work first fell due (Task.firstDue: before any extension; a duty's first unreported period), the 2025 review's "behind schedule since". */
export const firstDueYear = (t: Task): number | undefined => (t.firstDue === undefined ? undefined : Number(formatDay(t.firstDue).slice(0, 4)));

/** The meeting pack of SPEC §11, in its six sections; a pure function of the data now, what moved and the trend. */
export function briefReport(ds: Dataset, changes: ChangesReport, trend: TrendReport, options: BriefOptions): BriefReport {
  const summary = summaryReport(ds);
  const overdue = ds.tasks.filter((t) => t.overdue).sort((a, b) => b.daysOverdue! - a.daysOverdue! || compareIds(a.id, b.id));
  const years = new Map<number, Task[]>();
  for (const t of overdue) {
    const year = firstDueYear(t)!;
    years.set(year, [...(years.get(year) ?? []), t]);
  }
  const byCode = new Map(ds.ministries.map((m) => [m.code, m]));
  const ministries: BriefRow[] = summary.rows
    .map((r) => {
      const nameVi = summary.namesVi[r.ministry];
      return { ...r, kind: kindOf(byCode.get(r.ministry)), ...(nameVi === undefined ? {} : { nameVi }) };
    })
    .sort((a, b) => b.overdue - a.overdue || a.percent_done - b.percent_done || compareIds(a.ministry, b.ministry));
  const subtotals: Partial<Record<BodyKind, SummaryCounts>> = {};
  for (const kind of BODY_KINDS) {
    const rows = ministries.filter((r) => r.kind === kind);
    if (rows.length > 0) subtotals[kind] = sumCounts(rows);
  }
  const groups = (Object.keys(BODY_GROUPS) as BodyGroup[])
    .map((group) => ({ group, rows: ministries.filter((r) => (BODY_GROUPS[group] as readonly BodyKind[]).includes(r.kind)) }))
    .filter((g) => g.rows.length > 0)
    .map(({ group, rows }) => ({ group, counts: sumCounts(rows) }));
  return {
    kind: 'brief',
    asOf: ds.asOf,
    since: changes.since,
    headline: summary.total,
    changes,
    decisions: decisions(ds, options),
    overdueByYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, tasks]) => ({ year, tasks })),
    atRisk: ds.tasks.filter(isAtRisk).sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || compareIds(a.id, b.id)),
    ministries,
    subtotals,
    groups,
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

function sumCounts(rows: readonly SummaryCounts[]): SummaryCounts {
  const total: SummaryCounts = { total: 0, done: 0, done_late: 0, in_progress: 0, not_started: 0, recurring: 0, cancelled: 0, overdue: 0, at_risk: 0, extended: 0, percent_done: 0 };
  for (const r of rows) for (const key of Object.keys(total) as (keyof SummaryCounts)[]) if (key !== 'percent_done') total[key] += r[key];
  total.percent_done = percentDone(total.done, total.total, total.cancelled);
  return total;
}
