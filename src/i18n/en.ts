import { formatDay } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import type { Every } from '../domain/period.js';
import type { RiskReason, TaskStates } from '../domain/risk.js';
import type { Status } from '../domain/status.js';

// Everything a report says in words, in one catalogue, so another language
// is another catalogue of the same shape (Words) and nothing else changes.

/** "1 task", "2 tasks". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const days = (n: number) => plural(n, 'day');

const EVERY_WORDS: Record<Every, string> = { month: 'month', quarter: 'quarter', half: 'half year', year: 'year' };

const STATUS: Record<Status, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  done: 'done',
  recurring: 'recurring',
  cancelled: 'cancelled',
};

function dueIn(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft === 1) return 'due tomorrow';
  return `due in ${days(daysLeft)}`;
}

export const en = {
  lang: 'en',
  plural,
  /** A date in a table. */
  day: (day: number) => formatDay(day),
  /** A date in a heading or a sentence. */
  longDay: (day: number) => formatDay(day),
  number: (n: number, decimals = 0) => n.toFixed(decimals),
  percent: (p: number) => `${p.toFixed(1)}%`,
  tasks: (n: number) => plural(n, 'task'),
  status: (status: Status) => STATUS[status],

  /** The deadline as written and, where it differs, its due date. */
  deadline(deadline: Deadline | undefined): string {
    if (deadline === undefined) return '—';
    const due = formatDay(deadline.due);
    return due === deadline.text ? due : `${deadline.text} (due ${due})`;
  },

  reason(reason: RiskReason): string {
    switch (reason.code) {
      case 'due-soon':
        return `${dueIn(reason.daysLeft)} (${formatDay(reason.due)})`;
      case 'dependency-overdue':
        return `waits on ${reason.task}, overdue by ${days(reason.daysOverdue)}`;
      case 'dependency-late':
        return `waits on ${reason.task}, due later (${formatDay(reason.due)})`;
      case 'dependency-at-risk':
        return `waits on ${reason.task}, which is at risk`;
    }
  },

  /** What the computed states say about a task, for list and show. */
  states(task: TaskStates): string {
    const states: string[] = [];
    if (task.overdue) states.push(`overdue ${days(task.daysOverdue!)}`);
    if (task.atRisk) states.push('at risk');
    if (task.blocked) states.push('blocked');
    if (task.doneLate) states.push('done late');
    return states.join(', ');
  },

  report: {
    overdueHeading: (asOf: string, n: number) => `Overdue as of ${asOf}: ${plural(n, 'task')}`,
    overdueEmpty: (asOf: string) => `No task is overdue as of ${asOf}.`,
    atRiskHeading: (asOf: string, within: number, n: number) => `At risk as of ${asOf} (due within ${days(within)}, or held up by a dependency): ${plural(n, 'task')}`,
    atRiskEmpty: (asOf: string) => `No task is at risk as of ${asOf}.`,
    summaryHeading: (asOf: string, n: number, percent: string) => `Summary as of ${asOf}: ${plural(n, 'task')}, ${percent} done`,
    summaryEmpty: 'No tasks.',
    listHeading: (asOf: string, n: number) => `Tasks as of ${asOf}: ${plural(n, 'task')}`,
    listEmpty: 'No task matches.',
    taskHeading: (id: string, asOf: string) => `${id} as of ${asOf}`,
    upstreamHeading: (n: number) => `Depends on (transitively): ${plural(n, 'task')}`,
    upstreamEmpty: 'It depends on no other task.',
    downstreamHeading: (n: number) => `Depended on by (transitively): ${plural(n, 'task')}`,
    downstreamEmpty: 'No task depends on it.',
    extended: (from: string, approved: string | undefined, reason: string) => `from ${from}${approved === undefined ? '' : ` (approved ${approved})`}: ${reason}`,
    total: 'Total',
  },

  column: {
    id: 'ID',
    ministry: 'Ministry',
    name: 'Name',
    title: 'Title',
    owner: 'Owner',
    deadline: 'Deadline',
    /** A deadline's due date as a date of its own (spreadsheets). */
    due: 'Due',
    status: 'Status',
    state: 'State',
    daysOverdue: 'Days overdue',
    daysLeft: 'Days left',
    extensions: 'Extensions',
    blocks: 'Blocks',
    why: 'Why',
    total: 'Total',
    done: 'Done',
    doneLate: 'Done late',
    inProgress: 'In progress',
    notStarted: 'Not started',
    recurring: 'Recurring',
    cancelled: 'Cancelled',
    overdue: 'Overdue',
    atRisk: 'At risk',
    extended: 'Extended',
    percentDone: '% done',
    progress: 'Progress',
    field: 'Field',
    value: 'Value',
  },

  field: {
    title: 'Title',
    ministry: 'Ministry',
    owner: 'Owner',
    status: 'Status',
    deadline: 'Deadline',
    originalDue: 'Original due',
    extended: 'Extended',
    completed: 'Completed',
    result: 'Result',
    atRisk: 'At risk',
    coordinating: 'Coordinating',
    dependsOn: 'Depends on',
    blocks: 'Blocks',
    missing: 'Not in the data',
    source: 'Source',
    notes: 'Notes',
    file: 'File',
  },

  /** Words of the exports: the calendar (export ics), the dependency graph (graph) and workbooks (xlsx). */
  exports: {
    calendarName: (filter: string | undefined) => `Project 06 deadlines${filter === undefined ? '' : ` (${filter})`}`,
    calendarDescription: (asOf: string) => `Deadlines as of ${asOf}`,
    overdueBy: (n: number, asOf: string) => `overdue by ${days(n)} as of ${asOf}`,
    atRiskAsOf: (asOf: string, why: string) => `at risk as of ${asOf}: ${why}`,
    extendedTimes: (n: number, firstDue: string) => `Extended ${plural(n, 'time')}; first due ${firstDue}`,
    /** A recurring duty's reporting period as a deadline writes it (2024-Q3). */
    period: (text: string) => text,
    /** A recurring duty's coming reports, one at the end of each period. */
    series: (every: Every, first: string) => `A report at the end of each ${EVERY_WORDS[every]}, from ${first}`,
    missingReports: (n: number) => `${plural(n, 'period')} not reported`,
    /** An ended period whose report never came. */
    missed: (period: string, n: number, asOf: string) => `The report for ${period} was not received: overdue by ${days(n)} as of ${asOf}`,
    filterMinistries: (codes: readonly string[]) => `${codes.length === 1 ? 'ministry' : 'ministries'} ${codes.join(', ')}`,
    filterOwner: (text: string) => `owner containing "${text}"`,
    graphHeading: (asOf: string, focus: string | undefined, filter: string | undefined) =>
      `Dependencies as of ${asOf}${focus === undefined ? '' : `, the chain through ${focus}`}${filter === undefined ? '' : ` (${filter})`}`,
    graphLegend: 'red: overdue · amber: at risk · grey: done or cancelled · blue: recurring · dashed: cancelled or not in the data',
    /** Under a node's title: its deadline, short. */
    nodeDue: (deadline: Deadline) => `due ${deadline.text}`,
    /** How a report's heading says its date ("Overdue as of 2024-02-01"). */
    asOf: (day: string) => `as of ${day}`,
    /** Under a recurring duty's title: how often it reports. */
    nodeEvery: (every: Every) => `a report each ${EVERY_WORDS[every]}`,
    /** Number format of a date cell in a workbook. */
    sheetDate: 'yyyy-mm-dd',
  },

  errors: {
    noTask: (id: string, near?: string) => `no task ${id} in the data${near ? `; did you mean ${near}?` : ''}`,
    noMinistry: (code: string, near?: string) => `no ministry ${code} in the data${near ? `; did you mean ${near}?` : ''}`,
    dataDirMissing: (dir: string) => `data directory ${dir} does not exist (set it with --data or "data:" in p06.yaml)`,
  },

  notes: {
    dataErrors: (n: number, canSkip: boolean) => `${plural(n, 'error')} in the data: fix ${n === 1 ? 'it' : 'them'} (see p06 validate)${canSkip ? ', or report on the valid files with --skip-invalid' : ''}`,
    leftOut: (file: string, tasks: number | undefined, errors: number) => `left out ${file} (${tasks === undefined ? 'its tasks could not be counted' : plural(tasks, 'task')}, ${plural(errors, 'error')})`,
    warnings: (n: number) => `${plural(n, 'warning')} in the data (see p06 validate)`,
    count: (errors: number, warnings: number, files: number, tasks: number) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(tasks, 'task')})`,
  },
};

/** A catalogue: every language has exactly this shape. */
export type Words = typeof en;
