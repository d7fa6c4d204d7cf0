import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import type { Words } from '../i18n/en.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
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
}

export interface SummaryReport {
  kind: 'summary';
  asOf: Day;
  within: number;
  /** Vietnamese names by code, where a file gives one (for --lang vi; not part of the JSON rows). */
  namesVi: Record<string, string>;
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
  const namesVi: Record<string, string> = {};
  for (const m of ds.ministries) if (m.nameVi !== undefined) namesVi[m.code] = m.nameVi;
  return { kind: 'summary', asOf: ds.asOf, within: ds.within, namesVi, rows: sorted, total };
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
  const num = (header: string): Column => ({ header, align: 'right' });
  const k = w.column;
  return {
    heading: w.report.summaryHeading(w.longDay(report.asOf), report.total.total, w.percent(report.total.percent_done)),
    columns: [{ header: k.ministry }, { header: k.name, flex: true }, num(k.total), num(k.done), num(k.doneLate), num(k.inProgress), num(k.notStarted), num(k.recurring), num(k.cancelled), num(k.overdue), num(k.atRisk), num(k.extended), num(k.percentDone), { header: k.progress }],
    rows: [...report.rows.map((r) => cells([cell(r.ministry, 'strong'), cell((w.lang === 'vi' ? report.namesVi[r.ministry] : undefined) ?? r.name)], r)), cells([cell(w.report.total, 'strong'), cell('')], report.total)],
    empty: w.report.summaryEmpty,
  };
}

export const summary = defineReport<SummaryReport>({
  name: 'summary',
  description: 'a row per ministry and a total: statuses, overdue, at risk, percent done',
  flags: [],
  formats: ['table', 'markdown', 'csv', 'json', 'xlsx'],
  compute: (ds) => summaryReport(ds),
  sections: (report, w) => [summarySection(report, w)],
  json: (report) => ({ within: report.within, rows: report.rows, total: report.total }),
});
