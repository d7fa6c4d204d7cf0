import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import type { Words } from '../i18n/en.js';
import type { MinistryKind } from '../domain/records.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import { firstDueYear } from './task-json.js';
import { defineReport } from './report-definition.js';
import { cell, numberCell, type Cell, type Column, type Section } from './report-view.js';

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
  name_vi: string | null;
  abbr_vi: string | null;
  kind: MinistryKind;
  merged_into: string | null;
}

export interface SummaryReport {
  kind: 'summary';
  asOf: Day;
  within: number;
  /** Vietnamese names by code, where a file gives one (for --lang vi; not part of the JSON rows). */
  namesVi: Record<string, string>;
  rows: SummaryRow[];
  total: SummaryCounts;
  /** Overdue tasks by the year their work first fell due ("behind since 2022"), oldest first. */
  overdueByFirstDueYear: Record<string, number>;
  /** The counts of the rows of each kind present (ministries and agencies, provinces). */
  subtotals: Partial<Record<MinistryKind, SummaryCounts>>;
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
  const blank = (ministry: string, name: string): SummaryRow => ({ ministry, name, name_vi: null, abbr_vi: null, kind: 'ministry', merged_into: null, ...emptyCounts() });
  for (const m of ds.ministries) rows.set(m.code, { ...blank(m.code, m.name), name_vi: m.nameVi ?? null, abbr_vi: m.abbrVi ?? null, kind: m.kind ?? 'ministry', merged_into: m.mergedInto ?? null });
  const total = emptyCounts();
  const subtotals: Partial<Record<MinistryKind, SummaryCounts>> = {};
  const byYear = new Map<number, number>();
  for (const task of ds.tasks) {
    let row = rows.get(task.ministry);
    if (row === undefined) {
      row = blank(task.ministry, task.ministry);
      rows.set(task.ministry, row);
    }
    add(row, task);
    add(total, task);
    add((subtotals[row.kind] ??= emptyCounts()), task);
    const year = firstDueYear(task);
    if (task.overdue && year !== null) byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  for (const counts of [...rows.values(), total, ...Object.values(subtotals)]) counts.percent_done = percentDone(counts.done, counts.total, counts.cancelled);
  const sorted = [...rows.values()].sort((a, b) => compareIds(a.ministry, b.ministry));
  const namesVi: Record<string, string> = {};
  for (const m of ds.ministries) if (m.nameVi !== undefined) namesVi[m.code] = m.nameVi;
  const overdueByFirstDueYear: Record<string, number> = {};
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) overdueByFirstDueYear[String(year)] = byYear.get(year)!;
  return { kind: 'summary', asOf: ds.asOf, within: ds.within, namesVi, rows: sorted, total, overdueByFirstDueYear, subtotals };
}

const BAR_WIDTH = 10;

/** Percent done at a glance: ten cells, each a tenth, with eighths for the remainder. */
export function progressBar(percent: number): string {
  // Rounded down, so only 100 % draws a full bar.
  const eighths = Math.floor((Math.max(0, Math.min(100, percent)) / 100) * BAR_WIDTH * 8);
  const full = Math.floor(eighths / 8);
  const partial = eighths % 8;
  const partials = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
  const bar = '█'.repeat(full) + partials[partial]!;
  return bar + '░'.repeat(BAR_WIDTH - full - (partial > 0 ? 1 : 0));
}

function summarySection(report: SummaryReport, w: Words): Section {
  const cells = (label: Cell[], n: SummaryCounts): Cell[] => [
    ...label,
    numberCell(n.total),
    numberCell(n.done, 'good'),
    numberCell(n.done_late),
    numberCell(n.in_progress),
    numberCell(n.not_started),
    numberCell(n.recurring),
    numberCell(n.cancelled),
    numberCell(n.overdue, n.overdue > 0 ? 'bad' : undefined),
    numberCell(n.at_risk, n.at_risk > 0 ? 'warn' : undefined),
    numberCell(n.extended),
    numberCell(n.percent_done, undefined, w.number(n.percent_done, 1)),
    cell(progressBar(n.percent_done), 'good'),
  ];
  const num = (header: string, short?: string, drop?: number): Column => ({ header, align: 'right', ...(short === undefined ? {} : { short }), ...(drop === undefined ? {} : { drop }) });
  const k = w.column;
  const s = w.columnShort;
  return {
    heading: w.report.summaryHeading(w.longDay(report.asOf), report.total.total, w.percent(report.total.percent_done)),
    ...(Object.keys(report.overdueByFirstDueYear).length === 0 ? {} : { notes: [w.report.overdueBySince(Object.entries(report.overdueByFirstDueYear))] }),
    // Left out of a narrow terminal in this order (README, "Tables that fit"): the bar, extended, done late,
    // cancelled, recurring, the name, at risk, not started, in progress. Code, total, done, overdue and % done stay.
    columns: [
      { header: k.ministry },
      { header: k.name, flex: true, min: 14, drop: 6 },
      num(k.total),
      num(k.done),
      num(k.doneLate, s.doneLate, 3),
      num(k.inProgress, s.inProgress, 9),
      num(k.notStarted, s.notStarted, 8),
      num(k.recurring, s.recurring, 5),
      num(k.cancelled, s.cancelled, 4),
      num(k.overdue),
      num(k.atRisk, undefined, 7),
      num(k.extended, s.extended, 2),
      num(k.percentDone, s.percentDone),
      { header: k.progress, drop: 1, picture: true },
    ],
    rows: [...report.rows.map((r) => cells([cell(r.ministry, 'strong'), cell((w.lang === 'vi' ? report.namesVi[r.ministry] : undefined) ?? r.name)], r)), cells([cell(w.report.total, 'strong'), cell('')], report.total)],
    empty: w.report.summaryEmpty,
  };
}

export const summary = defineReport<SummaryReport>({
  name: 'summary',
  description: 'a row per ministry and a total: statuses, overdue, at risk, percent done',
  flags: [],
  formats: ['table', 'markdown', 'csv', 'json'],
  compute: (ds) => summaryReport(ds),
  sections: (report, w) => [summarySection(report, w)],
  json: (report) => ({ within: report.within, rows: report.rows, total: report.total, overdue_by_first_due_year: report.overdueByFirstDueYear, subtotals: report.subtotals }),
});
