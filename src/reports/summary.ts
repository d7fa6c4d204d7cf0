import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';

export interface SummaryCounts {
  total: number;
  done: number;
  done_late: number;
  in_progress: number;
  not_started: number;
  recurring: number;
  cancelled: number;
  overdue: number;
  at_risk: number;
  extended: number;
  percent_done: number;
}

export interface SummaryRow extends SummaryCounts {
  ministry: string;
  name: string;
}

export interface SummaryReport {
  kind: 'summary';
  asOf: Day;
  within: number;
  rows: SummaryRow[];
  total: SummaryCounts;
}

function emptyCounts(): SummaryCounts {
  return { total: 0, done: 0, done_late: 0, in_progress: 0, not_started: 0, recurring: 0, cancelled: 0, overdue: 0, at_risk: 0, extended: 0, percent_done: 0 };
}

function add(counts: SummaryCounts, task: Task): void {
  counts.total++;
  counts[task.status]++;
  if (task.doneLate) counts.done_late++;
  if (task.overdue) counts.overdue++;
  if (isAtRisk(task)) counts.at_risk++;
  if (task.extensions > 0) counts.extended++;
}

/** 100 × done / (total − cancelled), to one decimal, in integers so 348 of 690 is exactly 50.4. */
export function percentDone(done: number, total: number, cancelled: number): number {
  const counted = total - cancelled;
  return counted <= 0 ? 0 : Math.round((done * 1000) / counted) / 10;
}

/** A row per ministry (by code) and a total; in every row the five statuses add up to the total. */
export function summaryReport(ds: Dataset): SummaryReport {
  const rows = new Map<string, SummaryRow>();
  for (const m of ds.ministries) rows.set(m.code, { ministry: m.code, name: m.name, ...emptyCounts() });
  const total = emptyCounts();
  for (const task of ds.tasks) {
    let row = rows.get(task.ministry);
    if (row === undefined) {
      row = { ministry: task.ministry, name: task.ministry, ...emptyCounts() };
      rows.set(task.ministry, row);
    }
    add(row, task);
    add(total, task);
  }
  for (const counts of [...rows.values(), total]) counts.percent_done = percentDone(counts.done, counts.total, counts.cancelled);
  const sorted = [...rows.values()].sort((a, b) => compareIds(a.ministry, b.ministry));
  return { kind: 'summary', asOf: ds.asOf, within: ds.within, rows: sorted, total };
}
