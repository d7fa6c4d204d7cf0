import { formatDay } from '../domain/calendar.js';
import { seriesOf, trendMinistries, type TrendCounts, type TrendReport } from '../reports/trend.js';
import type { Cell, Section } from '../reports/report-view.js';
import type { MeetingWords } from '../i18n/meeting-words.js';
import { codeIn, nameIn } from './changes-view.js';

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * One character per point: `fixedMax` scales every series alike (percent done
 * against 100), otherwise the series' own highest value is the top. A point
 * with no value (before the ministry had a file) is a space.
 */
export function sparkline(values: readonly (number | undefined)[], fixedMax?: number): string {
  const top = fixedMax ?? Math.max(0, ...values.filter((v): v is number => v !== undefined));
  return values
    .map((v) => {
      if (v === undefined) return ' ';
      if (top <= 0) return BLOCKS[0];
      return BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((v / top) * (BLOCKS.length - 1) + 1e-9))];
    })
    .join('');
}

const c = (text: string | number, tone?: Cell['tone']): Cell => (tone === undefined ? { text: String(text) } : { text: String(text), tone });

/** Table and Markdown: a sparkline of percent done and of overdue per ministry and in total; then the totals at each point. */
export function trendSections(report: TrendReport, w: MeetingWords): Section[] {
  const first = report.points[0];
  const last = report.points.at(-1);
  const ends = (series: readonly (number | undefined)[], digits = 0) => {
    const defined = series.filter((v): v is number => v !== undefined);
    if (defined.length === 0) return '—';
    const f = (n: number) => w.number(n, digits);
    return defined.length === 1 ? f(defined[0]!) : `${f(defined[0]!)} → ${f(defined.at(-1)!)}`;
  };
  const row = (label: Cell[], ministry: string | undefined): Cell[] => {
    const done = seriesOf(report, ministry, 'percent_done');
    const overdue = seriesOf(report, ministry, 'overdue');
    return [...label, c(sparkline(done, 100), 'good'), c(ends(done, 1)), c(sparkline(overdue), 'bad'), c(ends(overdue))];
  };
  const num = (header: string) => ({ header, align: 'right' as const });
  const counts = (n: TrendCounts): Cell[] => [c(w.number(n.total)), c(w.number(n.done)), c(w.number(n.percent_done, 1)), c(w.number(n.overdue)), c(w.number(n.at_risk))];
  return [
    {
      heading: first === undefined || last === undefined ? w.meeting.trendEmpty : w.meeting.trendHeading(w.day(first.date), w.day(last.date), w.meeting.every[report.every], report.points.length),
      columns: [{ header: w.column.ministry }, { header: w.column.name, flex: true }, { header: w.column.percentDone }, { header: w.meeting.column.firstLast }, { header: w.column.overdue }, { header: w.meeting.column.firstLast }],
      rows: [...trendMinistries(report).map((m) => row([c(codeIn(w, m), 'strong'), c(nameIn(w, m))], m.ministry)), row([c(w.report.total, 'strong'), c('')], undefined)],
      empty: w.meeting.trendEmpty,
    },
    {
      heading: w.meeting.pointsHeading,
      columns: [{ header: w.meeting.column.date }, { header: w.meeting.column.commit }, num(w.column.total), num(w.column.done), num(w.column.percentDone), num(w.column.overdue), num(w.column.atRisk)],
      rows: report.points.map((p) => [c(w.day(p.date)), c(p.commit?.slice(0, 7) ?? w.meeting.workingTreeShort), ...counts(p)]),
      empty: w.meeting.pointsEmpty,
    },
  ];
}

const plain = (n: TrendCounts): Cell[] => [c(n.total), c(n.done), c(n.percent_done.toFixed(1)), c(n.overdue), c(n.at_risk)];

/** CSV: the numbers for a program to read (ISO dates, points, snake_case headers in every language), one row per point and ministry, the programme's total as ministry "TOTAL". */
export function trendCsvSection(report: TrendReport): Section {
  const header = [{ header: 'date' }, { header: 'commit' }, { header: 'ministry' }, { header: 'total' }, { header: 'done' }, { header: 'percent_done' }, { header: 'overdue' }, { header: 'at_risk' }];
  const rows: Cell[][] = [];
  for (const p of report.points) {
    const lead = [c(formatDay(p.date)), c(p.commit ?? '')];
    for (const m of p.ministries) rows.push([...lead, c(m.ministry), ...plain(m)]);
    rows.push([...lead, c('TOTAL'), ...plain(p)]);
  }
  return { heading: '', columns: header, rows, empty: '' };
}

/** SPEC §15's `trend` document, without the schema_version and kind head. */
export function trendJson(report: TrendReport): Record<string, unknown> {
  const pick = (n: TrendCounts) => ({ total: n.total, done: n.done, percent_done: n.percent_done, overdue: n.overdue, at_risk: n.at_risk });
  return {
    as_of: formatDay(report.asOf),
    every: report.every,
    points: report.points.map((p) => ({ date: formatDay(p.date), commit: p.commit ?? null, ...pick(p), ministries: p.ministries.map((m) => ({ ministry: m.ministry, ...pick(m) })) })),
  };
}
