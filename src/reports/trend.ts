import { endOfMonth, formatDay, type Day } from '../domain/calendar.js';
import type { Dataset } from '../model/dataset.js';
import { summaryReport, type SummaryCounts } from './summary.js';

export const TREND_EVERY = ['week', 'month', 'quarter'] as const;
export type TrendEvery = (typeof TREND_EVERY)[number];

export interface TrendCounts {
  total: number;
  done: number;
  percent_done: number;
  overdue: number;
  at_risk: number;
}

export interface TrendMinistry extends TrendCounts {
  ministry: string;
  name: string;
  /** `name_vi` and `abbr_vi`, where the file gives them (for --lang vi; not in the JSON). */
  nameVi?: string;
  abbrVi?: string;
}

export interface TrendPoint extends TrendCounts {
  date: Day;
  /** The commit whose data the point was computed on; absent for the working tree. */
  commit?: string;
  ministries: TrendMinistry[];
}

export interface TrendReport {
  kind: 'trend';
  every: TrendEvery;
  asOf: Day;
  /** Oldest first; the last one is asOf on the working tree. */
  points: TrendPoint[];
}

/**
 * The sample days of SPEC §15: the last day of each period (a week ends on
 * Sunday) from the first on or after `from`, up to but not including `asOf`,
 * which is always the last point.
 */
export function sampleDays(from: Day, asOf: Day, every: TrendEvery): Day[] {
  const days: Day[] = [];
  for (let end = periodEnd(from, every); end < asOf; end = periodEnd(end + 1, every)) days.push(end);
  days.push(asOf);
  return days;
}

/** The last day of the period that holds `day`. */
export function periodEnd(day: Day, every: TrendEvery): Day {
  if (every === 'week') return day + ((7 - ((day + 4) % 7)) % 7); // day 0 (1970-01-01) was a Thursday; Sunday is (d + 4) % 7 === 0
  const [year, month] = formatDay(day).split('-').map(Number) as [number, number];
  return every === 'month' ? endOfMonth(year, month) : endOfMonth(year, Math.ceil(month / 3) * 3);
}

/** The programme as one point: the summary's totals and each ministry's, as of the dataset's day. */
export function trendPoint(ds: Dataset, commit: string | undefined): TrendPoint {
  const summary = summaryReport(ds);
  const pick = (c: SummaryCounts): TrendCounts => ({ total: c.total, done: c.done, percent_done: c.percent_done, overdue: c.overdue, at_risk: c.at_risk });
  const ministries = summary.rows.map((r): TrendMinistry => ({ ministry: r.ministry, name: r.name, ...(r.name_vi === null ? {} : { nameVi: r.name_vi }), ...(r.abbr_vi === null ? {} : { abbrVi: r.abbr_vi }), ...pick(r) }));
  const point: TrendPoint = { date: ds.asOf, ...pick(summary.total), ministries };
  if (commit !== undefined) point.commit = commit;
  return point;
}

export function trendReport(points: readonly TrendPoint[], every: TrendEvery, asOf: Day): TrendReport {
  return { kind: 'trend', every, asOf, points: [...points] };
}

/** One ministry's series across the points (absent before it had a file). */
export function seriesOf(report: TrendReport, ministry: string | undefined, key: keyof TrendCounts): (number | undefined)[] {
  return report.points.map((p) => (ministry === undefined ? p[key] : p.ministries.find((m) => m.ministry === ministry)?.[key]));
}

/** Every ministry that appears at any point, by code, named as at the last point it appears. */
export function trendMinistries(report: TrendReport): Pick<TrendMinistry, 'ministry' | 'name' | 'nameVi' | 'abbrVi'>[] {
  const seen = new Map<string, Pick<TrendMinistry, 'ministry' | 'name' | 'nameVi' | 'abbrVi'>>();
  for (const p of [...report.points].reverse()) {
    for (const { ministry, name, nameVi, abbrVi } of p.ministries) if (!seen.has(ministry)) seen.set(ministry, { ministry, name, ...(nameVi === undefined ? {} : { nameVi }), ...(abbrVi === undefined ? {} : { abbrVi }) });
  }
  return [...seen.values()].sort((a, b) => (a.ministry < b.ministry ? -1 : a.ministry > b.ministry ? 1 : 0));
}
