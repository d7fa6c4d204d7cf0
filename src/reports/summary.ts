import type { Day } from '../domain/calendar.js';
import { compareIds } from '../domain/compare-ids.js';
import type { MinistryKind } from '../domain/records.js';
import type { Words } from '../i18n/en.js';
import { isAtRisk, type Dataset, type Task } from '../model/dataset.js';
import { firstDueYear } from './task-json.js';
import { defineReport } from './report-definition.js';
import { cell, numberCell, type Cell, type Column, type Section, type Tone } from './report-view.js';

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

/** The orders `--sort` offers: by code, worst first (most overdue, then lowest % done), or by name in the reader's language. */
export const SUMMARY_SORTS = ['code', 'worst', 'name'] as const;
export type SummarySort = (typeof SUMMARY_SORTS)[number];

/** The two groups the programme counts apart: ministries and agencies, and localities. */
const GROUPS: readonly { kinds: readonly MinistryKind[]; label: 'centralBodies' | 'localities' }[] = [
  { kinds: ['ministry', 'agency'], label: 'centralBodies' },
  { kinds: ['province'], label: 'localities' },
];

export interface SummaryReport {
  kind: 'summary';
  asOf: Day;
  within: number;
  rows: SummaryRow[];
  /** Counts per kind of body, for the kinds the data has. */
  subtotals: Partial<Record<MinistryKind, SummaryCounts>>;
  total: SummaryCounts;
  /** Overdue tasks by the year their work first fell due ("behind since 2022"), oldest first. */
  overdueByFirstDueYear: Record<string, number>;
}

function emptyCounts(): SummaryCounts {
  return { total: 0, done: 0, done_late: 0, in_progress: 0, not_started: 0, recurring: 0, cancelled: 0, overdue: 0, at_risk: 0, extended: 0, percent_done: 0 };
}

function addCounts(into: SummaryCounts, from: SummaryCounts): void {
  for (const key of Object.keys(into) as (keyof SummaryCounts)[]) if (key !== 'percent_done') into[key] += from[key];
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

/**
 * A row per ministry and a total; in every row the five statuses add up to
 * the total. Rows come by code, or `sort`; names sort with the collator of
 * the reader's language (Vietnamese: Intl.Collator('vi')).
 */
export function summaryReport(ds: Dataset, sort: SummarySort = 'code', lang = 'en'): SummaryReport {
  const rows = new Map<string, SummaryRow>();
  const row = (code: string, name: string): SummaryRow => ({ ministry: code, name, name_vi: null, abbr_vi: null, kind: 'ministry', merged_into: null, ...emptyCounts() });
  for (const m of ds.ministries) {
    rows.set(m.code, { ...row(m.code, m.name), name_vi: m.nameVi ?? null, abbr_vi: m.abbrVi ?? null, kind: m.kind ?? 'ministry', merged_into: m.mergedInto ?? null });
  }
  const total = emptyCounts();
  const byYear = new Map<number, number>();
  for (const task of ds.tasks) {
    let r = rows.get(task.ministry);
    if (r === undefined) {
      r = row(task.ministry, task.ministry);
      rows.set(task.ministry, r);
    }
    add(r, task);
    add(total, task);
    const year = firstDueYear(task);
    if (task.overdue && year !== null) byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  const subtotals: Partial<Record<MinistryKind, SummaryCounts>> = {};
  for (const r of rows.values()) addCounts((subtotals[r.kind] ??= emptyCounts()), r);
  for (const counts of [...rows.values(), ...Object.values(subtotals), total]) counts.percent_done = percentDone(counts.done, counts.total, counts.cancelled);
  const overdueByFirstDueYear: Record<string, number> = {};
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) overdueByFirstDueYear[String(year)] = byYear.get(year)!;
  return { kind: 'summary', asOf: ds.asOf, within: ds.within, rows: [...rows.values()].sort(rowOrder(sort, lang)), subtotals, total, overdueByFirstDueYear };
}

function rowOrder(sort: SummarySort, lang: string): (a: SummaryRow, b: SummaryRow) => number {
  const byCode = (a: SummaryRow, b: SummaryRow) => compareIds(a.ministry, b.ministry);
  if (sort === 'worst') return (a, b) => b.overdue - a.overdue || a.percent_done - b.percent_done || byCode(a, b);
  if (sort === 'name') {
    const collator = new Intl.Collator(lang);
    const name = (r: SummaryRow) => (lang === 'vi' ? (r.name_vi ?? r.name) : r.name);
    return (a, b) => collator.compare(name(a), name(b)) || byCode(a, b);
  }
  // By the code the reader sees: in Vietnamese the abbreviation (BCA, BTP, …), in Vietnamese order.
  if (lang === 'vi') {
    const collator = new Intl.Collator('vi');
    const code = (r: SummaryRow) => r.abbr_vi ?? r.ministry;
    return (a, b) => collator.compare(code(a), code(b)) || byCode(a, b);
  }
  return byCode;
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
  // A count as the reader writes numbers (1.234 in Vietnamese); its value stays the number, for CSV and spreadsheets.
  const count = (n: number, tone?: Tone) => numberCell(n, tone, w.number(n));
  const cells = (label: Cell[], n: SummaryCounts): Cell[] => [
    ...label,
    count(n.total),
    count(n.done, 'good'),
    count(n.done_late),
    count(n.in_progress),
    count(n.not_started),
    count(n.recurring),
    count(n.cancelled),
    count(n.overdue, n.overdue > 0 ? 'bad' : undefined),
    count(n.at_risk, n.at_risk > 0 ? 'warn' : undefined),
    count(n.extended),
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
      // Flex: the subtotal labels ("Ministries and agencies") wrap rather than widen every code.
      { header: k.ministry, flex: true },
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
    rows: [
      ...report.rows.map((r) => cells([cell(w.code(r.ministry, r.abbr_vi ?? undefined), 'strong'), cell(rowName(r, w))], r)),
      ...subtotalRows(report, w).map(([label, counts]) => cells([cell(label, 'strong'), cell('')], counts)),
      cells([cell(w.report.total, 'strong'), cell('')], report.total),
    ],
    empty: w.report.summaryEmpty,
  };
}

/** The body's name in the reader's language, and "merged into X" where it was merged. */
function rowName(r: SummaryRow, w: Words): string {
  const name = w.name(r.name, r.name_vi ?? undefined);
  return r.merged_into === null ? name : `${name} (${w.report.mergedInto(r.merged_into)})`;
}

/** A subtotal for ministries and agencies and one for localities, when the data has both groups (otherwise the total says it). */
export function subtotalRows(report: SummaryReport, w: Words): [string, SummaryCounts][] {
  const groups = GROUPS.map(({ kinds, label }) => {
    const present = kinds.flatMap((k) => report.subtotals[k] ?? []);
    if (present.length === 0) return undefined;
    const counts = emptyCounts();
    for (const c of present) addCounts(counts, c);
    counts.percent_done = percentDone(counts.done, counts.total, counts.cancelled);
    return [w.report[label], counts] as [string, SummaryCounts];
  });
  return groups.every((g) => g !== undefined) ? groups : [];
}

export const summary = defineReport<SummaryReport>({
  name: 'summary',
  description: 'a row per ministry and a total: statuses, overdue, at risk, percent done',
  flags: ['sort'],
  formats: ['table', 'markdown', 'csv', 'json', 'xlsx'],
  compute: (ds, request) => summaryReport(ds, (request.sort as SummarySort | undefined) ?? 'code', request.lang),
  sections: (report, w) => [summarySection(report, w)],
  json: (report) => ({ within: report.within, rows: report.rows, subtotals: report.subtotals, total: report.total, overdue_by_first_due_year: report.overdueByFirstDueYear }),
});
