import { formatDay } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import type { RiskReason, TaskStates } from '../domain/risk.js';
import type { RuleId, Severity } from '../domain/problem.js';
import type { Status } from '../domain/status.js';
import type { Every } from '../domain/period.js';
import { problemsEn } from './en-problems.js';

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
  /** A body's code as the reader knows it: the code itself; Vietnamese gives its abbreviation (abbr_vi) where the file has one. */
  code: (code: string, _abbrVi?: string) => code,
  /** A body's name as the reader knows it: English gives `name`; Vietnamese gives name_vi where the file has one. */
  name: (name: string, _nameVi?: string) => name,

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
    centralBodies: 'Ministries and agencies',
    localities: 'Localities',
    mergedInto: (code: string) => `merged into ${code}`,
    /** The summary's overdue work by the year it first fell due, as the 2025 review counts it. */
    overdueBySince: (years: [string, number][]) => `Overdue by the year first due: ${years.map(([year, n]) => `${n} since ${year}`).join(', ')}`,
    /** A file --skip-invalid left out, said above the table so it is in whatever gets pasted into the minutes. */
    leftOut: (file: string, tasks: number | undefined, errors: number) =>
      `Left out of this report: ${file} (${tasks === undefined ? 'its tasks could not be counted' : plural(tasks, 'task')}, ${plural(errors, 'error')}; see p06 validate)`,
  },

  /** A filtered report says so in its heading. */
  filter: {
    heading: (parts: string[]) => `Filtered: ${parts.join('; ')}`,
    ministries: (codes: string) => `ministry ${codes}`,
    owner: (text: string) => `owner containing "${text}"`,
    leader: (text: string) => `leader containing "${text}"`,
    text: (text: string) => `text containing "${text}"`,
    ref: (text: string) => `document containing "${text}"`,
    statuses: (statuses: string) => `status ${statuses}`,
    blocked: 'blocked',
    dueBefore: (day: string) => `due before ${day}`,
    dueAfter: (day: string) => `due after ${day}`,
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
    firstDue: 'Behind since',
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

  /** Abbreviated headers, for a table that does not fit the terminal with the full ones. */
  columnShort: {
    daysOverdue: 'Days',
    daysLeft: 'Days',
    extensions: 'Ext.',
    firstDue: 'Since',
    doneLate: 'Late',
    inProgress: 'In prog.',
    notStarted: 'Not begun',
    recurring: 'Rec.',
    cancelled: 'Canc.',
    extended: 'Ext.',
    percentDone: '%',
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
    leader: 'Leader',
    assigned: 'Assigned',
    assignedBy: 'Assigned by',
    refs: 'Documents',
    obstacle: 'Obstacle',
    transferredFrom: 'Transferred from',
    every: 'Reported every',
    reported: 'Last reported',
    firstDue: 'First due',
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
    /** An ended period whose report never came. */
    missed: (period: string, n: number, asOf: string) => `The report for ${period} was not received: overdue by ${days(n)} as of ${asOf}`,
    filterMinistries: (codes: readonly string[]) => `${codes.length === 1 ? 'ministry' : 'ministries'} ${codes.join(', ')}`,
    filterOwner: (text: string) => `owner containing "${text}"`,
    filterLeader: (text: string) => `leader containing "${text}"`,
    filterText: (text: string) => `text containing "${text}"`,
    filterRef: (text: string) => `document containing "${text}"`,
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

  /** A recurring duty's period, and the periods it has not reported on. */
  every: EVERY_WORDS,
  missingPeriods: (n: number) => `${plural(n, 'period')} not reported`,

  errors: {
    noTask: (id: string, near?: string) => `no task ${id} in the data${near ? `; did you mean ${near}?` : ''}`,
    noMinistry: (code: string, near?: string) => `no ministry ${code} in the data${near ? `; did you mean ${near}?` : ''}`,
    noMatch: (option: string, value: string, near?: string) => `--${option} "${value}" matches no task in the data${near ? `; did you mean "${near}"?` : ''}`,
    dataDirMissing: (dir: string) => `data directory ${dir} does not exist (set it with --data or "data:" in p06.yaml)`,
  },

  /** p06 review: the counts, each change, and the pull-request comment. */
  review: {
    counts: (errors: number, warnings: number, changes: number) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(changes, 'change')}`,
    workingTree: 'working tree',
    /** The name of what changed, as the change line starts. */
    kind: {
      added: 'added',
      removed: 'removed',
      moved: 'moved',
      status: 'status',
      deadline: 'deadline',
      owner: 'owner',
      depends_on: 'depends_on',
      title: 'title',
      completed: 'completed',
      extensions: 'extensions',
    },
    none: 'none',
    heading: (counts: string) => `p06 review: ${counts}`,
    compared: (base: string, head: string) => `Compared ${base} with ${head}.`,
    theWorkingTree: 'the working tree',
    problems: 'Problems',
    noProblems: 'None: the data is valid and every promise is kept.',
    columns: ['Where', 'Task', 'Problem', 'Rule'],
    changes: 'Changes',
    noChanges: 'No task changed.',
    notShown: (n: number, what: 'problem' | 'change') => `…and ${plural(n, `more ${what}`)} not shown here: run \`p06 review\` for all of them.`,
  },

  /** What each rule finds, and the severity, as a problem line names them. */
  problem: problemsEn,
  severity: { error: 'error', warning: 'warning' } as Record<Severity, string>,
  rule: {
    'yaml-syntax': 'YAML syntax',
    'duplicate-key': 'duplicate key',
    schema: 'schema',
    'invalid-date': 'invalid date',
    'id-prefix': 'id prefix',
    'duplicate-id': 'duplicate id',
    'duplicate-ministry': 'duplicate ministry',
    'unknown-dependency': 'unknown dependency',
    'self-dependency': 'self-dependency',
    'dependency-cycle': 'dependency cycle',
    'completed-missing': 'completion date missing',
    'completed-unexpected': 'completion date unexpected',
    'completed-in-future': 'completion date in the future',
    'extension-order': 'extension order',
    'assigned-order': 'assignment date order',
    'assigned-in-future': 'assignment date in the future',
    'task-in-merged-body': 'task in a merged body',
    'file-too-large': 'file too large',
    'file-unreadable': 'file unreadable',
    encoding: 'encoding',
    'task-removed': 'task removed',
    'unrecorded-extension': 'unrecorded extension',
    'history-rewritten': 'history rewritten',
    'promises-unchecked': 'promises unchecked',
    'missing-result': 'result missing',
    'unknown-agency': 'unknown agency',
    'done-with-open-dependency': 'done with an open dependency',
    'dependency-cancelled': 'dependency cancelled',
    'file-name': 'file name',
    'comment-in-text': 'comment in text',
    'missing-leader': 'leader missing',
    reopened: 'reopened',
  } as Record<RuleId, string>,

  notes: {
    dataErrors: (n: number, canSkip: boolean) => `${plural(n, 'error')} in the data: fix ${n === 1 ? 'it' : 'them'} (see p06 validate)${canSkip ? ', or report on the valid files with --skip-invalid' : ''}`,
    leftOut: (file: string, tasks: number | undefined, errors: number) => `left out ${file} (${tasks === undefined ? 'its tasks could not be counted' : plural(tasks, 'task')}, ${plural(errors, 'error')})`,
    warnings: (n: number) => `${plural(n, 'warning')} in the data (see p06 validate)`,
    columnsLeftOut: (columns: string[], width: number) => `Left out to fit ${width} columns: ${columns.join(', ')} (a wider terminal or --format markdown shows them)`,
    reading: (done: number, total: number) => `p06: checking task files, ${done} of ${total}`,
    count: (errors: number, warnings: number, files: number, tasks: number) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(tasks, 'task')})`,
    /** After the count: which p06.yaml decided the data folder and the rules (none: the defaults). */
    config: (file: string | null) => (file === null ? 'no configuration file, defaults used' : `configuration ${file}`),
  },
};

/** A catalogue: every language has exactly this shape. */
export type Words = typeof en;
