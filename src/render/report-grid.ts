import { formatDay } from '../domain/calendar.js';
import type { Dataset, Task } from '../model/dataset.js';
import type { AtRiskReport, ListReport, OverdueReport, TaskReport } from '../reports/reports.js';
import type { SummaryCounts, SummaryReport } from '../reports/summary.js';
import { deadlineText, plural, reasonText, STATUS_WORDS, stateText } from './words.js';

export type AnyReport = OverdueReport | AtRiskReport | SummaryReport | ListReport | TaskReport;

export type Tone = 'bad' | 'warn' | 'good' | 'dim' | 'strong';

export interface Cell {
  /** Raw text from the data or the report; each format makes it safe its own way. */
  text: string;
  tone?: Tone;
}

export interface Column {
  header: string;
  align?: 'right';
  /** Free text that may wrap when the terminal is narrow. */
  flex?: boolean;
}

export interface Section {
  heading: string;
  columns: Column[];
  rows: Cell[][];
  /** Said instead of the table when there are no rows. */
  empty: string;
}

const c = (text: string | number, tone?: Tone): Cell => (tone === undefined ? { text: String(text) } : { text: String(text), tone });

const TITLE: Column = { header: 'Title', flex: true };
const OWNER: Column = { header: 'Owner', flex: true };
const DEADLINE: Column = { header: 'Deadline', flex: true };

/** Every report as sections of rows: the shared shape that table, Markdown and CSV print. */
export function reportSections(report: AnyReport, ds: Dataset): Section[] {
  const asOf = formatDay(report.asOf);
  switch (report.kind) {
    case 'overdue':
      return [
        {
          heading: `Overdue as of ${asOf}: ${plural(report.tasks.length, 'task')}`,
          columns: [{ header: 'ID' }, { header: 'Ministry' }, TITLE, OWNER, DEADLINE, { header: 'Days overdue', align: 'right' }, { header: 'Extensions', align: 'right' }, { header: 'Blocks', flex: true }],
          rows: report.tasks.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(deadlineText(t.deadline)), c(t.daysOverdue!, 'bad'), c(t.extensions, t.extensions > 0 ? 'warn' : undefined), c(t.blocks.join(', '))]),
          empty: `No task is overdue as of ${asOf}.`,
        },
      ];
    case 'at-risk':
      return [
        {
          heading: `At risk as of ${asOf} (due within ${plural(report.within, 'day')}, or held up by a dependency): ${plural(report.tasks.length, 'task')}`,
          columns: [{ header: 'ID' }, { header: 'Ministry' }, TITLE, OWNER, DEADLINE, { header: 'Days left', align: 'right' }, { header: 'Why', flex: true }],
          rows: report.tasks.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(deadlineText(t.deadline)), c(t.daysLeft ?? '—', 'warn'), c(t.risks.map((r) => reasonText(r, t, (id) => ds.byId.get(id))).join('; '))]),
          empty: `No task is at risk as of ${asOf}.`,
        },
      ];
    case 'summary':
      return [summarySection(report, asOf)];
    case 'list':
      return [
        {
          heading: `Tasks as of ${asOf}: ${plural(report.tasks.length, 'task')}`,
          columns: [{ header: 'ID' }, { header: 'Ministry' }, TITLE, OWNER, { header: 'Status' }, DEADLINE, { header: 'State', flex: true }],
          rows: report.tasks.map((t) => [c(t.id, 'strong'), c(t.ministry), c(t.record.title), c(t.record.owner), c(STATUS_WORDS[t.status]!), c(deadlineText(t.deadline)), c(stateText(t), t.overdue ? 'bad' : t.risks.length > 0 ? 'warn' : undefined)]),
          empty: 'No task matches.',
        },
      ];
    case 'task':
      return taskSections(report, asOf, ds);
  }
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

function summarySection(report: SummaryReport, asOf: string): Section {
  const cells = (label: Cell[], n: SummaryCounts): Cell[] => [
    ...label,
    c(n.total),
    c(n.done, 'good'),
    c(n.done_late),
    c(n.in_progress),
    c(n.not_started),
    c(n.recurring),
    c(n.cancelled),
    c(n.overdue, n.overdue > 0 ? 'bad' : undefined),
    c(n.at_risk, n.at_risk > 0 ? 'warn' : undefined),
    c(n.extended),
    c(n.percent_done.toFixed(1)),
    c(progressBar(n.percent_done), 'good'),
  ];
  const num = (header: string): Column => ({ header, align: 'right' });
  return {
    heading: `Summary as of ${asOf}: ${plural(report.total.total, 'task')}, ${report.total.percent_done.toFixed(1)}% done`,
    columns: [{ header: 'Ministry' }, { header: 'Name', flex: true }, num('Total'), num('Done'), num('Done late'), num('In progress'), num('Not started'), num('Recurring'), num('Cancelled'), num('Overdue'), num('At risk'), num('Extended'), num('% done'), { header: 'Progress' }],
    rows: [...report.rows.map((r) => cells([c(r.ministry, 'strong'), c(r.name)], r)), cells([c('Total', 'strong'), c('')], report.total)],
    empty: 'No tasks.',
  };
}

function taskSections(report: TaskReport, asOf: string, ds: Dataset): Section[] {
  const t = report.task;
  const r = t.record;
  const fields: [string, string][] = [
    ['Title', r.title],
    ['Ministry', t.ministry],
    ['Owner', r.owner],
    ['Status', STATUS_WORDS[t.status]! + (stateText(t) ? ` (${stateText(t)})` : '')],
    ['Deadline', deadlineText(t.deadline)],
  ];
  if (t.originalDue !== undefined) fields.push(['Original due', formatDay(t.originalDue)]);
  for (const e of r.extensions.slice(0, t.extensions)) fields.push(['Extended', `from ${e.from.text}${e.approved === undefined ? '' : ` (approved ${formatDay(e.approved)})`}: ${e.reason}`]);
  if (t.completed !== undefined) fields.push(['Completed', formatDay(t.completed)]);
  if (r.result !== undefined) fields.push(['Result', r.result]);
  for (const reason of t.risks) fields.push(['At risk', reasonText(reason, t, (id) => ds.byId.get(id))]);
  if (r.coordinating.length > 0) fields.push(['Coordinating', r.coordinating.join(', ')]);
  if (t.dependsOn.length > 0) fields.push(['Depends on', t.dependsOn.join(', ')]);
  if (t.blocks.length > 0) fields.push(['Blocks', t.blocks.join(', ')]);
  if (report.missing.length > 0) fields.push(['Not in the data', report.missing.join(', ')]);
  if (r.source !== undefined) fields.push(['Source', r.source]);
  if (r.notes !== undefined) fields.push(['Notes', r.notes]);
  fields.push(['File', `${r.file}:${r.line}`]);
  const related = (heading: string, tasks: Task[], empty: string): Section => ({
    heading: `${heading}: ${plural(tasks.length, 'task')}`,
    columns: [{ header: 'ID' }, { header: 'Status' }, DEADLINE, TITLE],
    rows: tasks.map((u) => [c(u.id, 'strong'), c(STATUS_WORDS[u.status]! + (stateText(u) ? ` (${stateText(u)})` : ''), u.overdue ? 'bad' : undefined), c(deadlineText(u.deadline)), c(u.record.title)]),
    empty,
  });
  return [
    { heading: `${t.id} as of ${asOf}`, columns: [{ header: 'Field' }, { header: 'Value', flex: true }], rows: fields.map(([k, v]) => [c(k, 'strong'), c(v)]), empty: '' },
    related('Depends on (transitively)', report.upstream, 'It depends on no other task.'),
    related('Depended on by (transitively)', report.downstream, 'No task depends on it.'),
  ];
}
