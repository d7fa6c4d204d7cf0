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

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full (ENOSPC)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
  EFBIG: 'the file would exceed the file-size limit (EFBIG)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'permission denied (EPERM)',
  EROFS: 'the file system is read-only (EROFS)',
  EIO: 'input/output error (EIO)',
  ENOENT: 'no such folder (ENOENT)',
  EISDIR: 'it is a folder (EISDIR)',
  ENOTDIR: 'a part of the path is not a folder (ENOTDIR)',
};

const STATUS: Record<Status, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  done: 'done',
  recurring: 'recurring',
  cancelled: 'cancelled',
};

/** 5000.6 MiB, 12.0 KiB, 300 bytes: a size as p06 states its limits. */
function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

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

  /**
   * Commander's own complaints about the command line. English keeps
   * commander's wording exactly; another language words each kind that
   * commander makes (see src/cli/command-line-errors.ts).
   */
  commandLine: {
    unknownOption: (flag: string, similar: readonly string[]) => `error: unknown option '${flag}'${didYouMean(similar)}`,
    unknownCommand: (name: string, similar: readonly string[]) => `error: unknown command '${name}'${didYouMean(similar)}`,
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    optionArgumentMissing: (flags: string) => `error: option '${flags}' argument missing`,
    requiredOption: (flags: string) => `error: required option '${flags}' not specified`,
    invalidChoice: (flags: string, value: string, choices: string) => `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `error: too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
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
    noTaskFiles: (dir: string, path: string) => `no task files in ${dir} (${path}): p06 looks for *.yaml and *.yml files there and in its subfolders (set the folder with --data or "data:" in p06.yaml)`,
    configMissing: (file: string) => `configuration file ${file} does not exist`,
    dataOutside: (written: string) => `data: ${JSON.stringify(written)} in p06.yaml is outside the folder that holds p06.yaml; keep the data beside it, or give the folder with --data`,
    configUnreadable: (file: string, why: string) => `cannot read the configuration file ${file} (${why})`,
    formatsDisagree: (format: string) => `--json and --format ${format} ask for different formats; give one`,
    formatNotOne: (format: string, choices: string) => `--format ${format} is not one of ${choices}`,
    notDate: (flag: string, text: string) => `${flag} ${JSON.stringify(text)} is not a date: write YYYY-MM-DD, e.g. ${flag} 2024-02-01`,
    skipInvalidForReports: (command: string) => `--skip-invalid is for reports; ${command} reads every file`,
    statusNotOne: (status: string, statuses: string, computed: string | undefined) =>
      `--status ${status} is not one of ${statuses}${computed === undefined ? '' : `; ${status} is computed: use p06 ${computed}`}`,
    withinNotDays: (text: string) => `--within ${JSON.stringify(text)} is not a number of days`,
    demoNotEmpty: (dir: string) => `${dir} exists and is not empty: give a new folder for the demo repository`,
    demoNoGit: () => 'git is not installed (or not on PATH); the demo is a git repository',
    internal: (message: string) => `p06: internal error: ${message}`,
    reportIt: () => 'set P06_DEBUG=1 to see the stack trace, and please report it',
  },

  /** What the editing commands (add, set, done, extend, cancel, fmt, init) say, and why they refuse. */
  edit: {
    /** A changed line's words: a new task, an absent value, a new extension entry. */
    added: 'added',
    none: '(none)',
    extensionAdded: (entry: string) => `extensions + ${entry}`,
    /** The note `p06 cancel` adds to a task's notes. */
    cancelledNote: (day: string, reason: string) => `Cancelled on ${day}: ${reason}`,
    formatted: (file: string) => `formatted ${file}`,
    created: (file: string) => `created ${file}`,
    initNext: (cd: string | undefined) => `next: ${cd === undefined ? '' : `cd ${cd} && `}git init && p06 validate; add a file per body under data/ and its team to .github/CODEOWNERS`,
    recordExtension: (task: string) => `p06: a deadline moves later only with the extension on record: p06 extend ${task} --to DEADLINE --reason TEXT [--approved DATE]`,
    nothingWritten: (n: number) => `p06: nothing was written: the edit would leave ${n === 1 ? 'this error' : `these ${n} errors`}`,
    cannotEdit: (file: string, why: string | undefined) => `${file} cannot be edited: ${why ?? 'it is over the size limit'}`,
    notUtf8: (file: string) => `${file} is not valid UTF-8; run p06 validate to see where`,
    noTask: (id: string, near: string | undefined) => `no task ${id}${near === undefined ? '' : `; did you mean ${near}?`}`,
    keptChanging: 'the files kept changing while p06 was editing them; nothing was written: try again',
    goneFromData: (file: string) => `${file} is no longer in the data directory`,
    inFile: (file: string, message: string) => `${file}: ${message}`,
    taskHasErrors: (id: string, file: string) => `task ${id} in ${file} has errors; run p06 validate, fix them (p06 set ${id} KEY=VALUE), then try again`,
    givenTwice: (key: string) => `${key} is given twice`,
    notKeyValue: (arg: string) => `"${arg}" is not KEY=VALUE (e.g. owner="Ministry Office"; an empty value removes the key: notes=)`,
    unknownKey: (key: string, near: string | undefined, keys: string) => `unknown key "${key}"${near === undefined ? '' : `; did you mean "${near}"?`} (keys: ${keys})`,
    idForLife: 'a task keeps its id for life (review counts a renamed task as removed); to replace a task, cancel it and add a new one',
    extensionsAreHistory: 'extensions are history: add one with p06 extend ID --to DEADLINE --reason TEXT',
    notDate: (flag: string, text: string) => `${flag} ${JSON.stringify(text)} is not a date: write today, tomorrow or YYYY-MM-DD`,
    notDeadline: (flag: string, text: string) => `${flag} ${JSON.stringify(text)} is not a deadline: write YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY`,
    periodNotRecurring: (id: string, status: Status) => `--period is for recurring duties, and ${id} is ${status}`,
    alreadyDone: (id: string, completed: string | undefined) => `${id} is already done${completed === undefined ? '' : ` (completed ${completed})`}`,
    cancelledReopen: (id: string) => `${id} is cancelled; to reopen it first: p06 set ${id} status=in_progress`,
    noEvery: (id: string) => `${id} is a recurring duty without "every": say how often its report is due first (p06 set ${id} every=quarter), then record a period with p06 done ${id}`,
    notPeriod: (period: string, every: Every, id: string, example: string) => `--period ${JSON.stringify(period)} is not a ${every}: ${id} reports every ${every}, so write the period as ${example}`,
    notBegun: (period: string, every: Every, current: string) => `${period} has not begun yet (the current ${every} is ${current}); nothing was written`,
    alreadyReported: (id: string, period: string) => `${id} is already reported for ${period}; nothing was written`,
    reportedNeverBack: (id: string, reported: string, asked: string) => `${id} is reported up to ${reported} already, and "reported" never moves back to ${asked}; nothing was written`,
    reasonMoves: '--reason must say why the deadline moves',
    reasonCancelled: '--reason must say why the task is cancelled',
    onlyOpenExtended: (id: string, status: Status) => `${id} is ${status}: only an open task's deadline is extended`,
    noDeadlineToExtend: (id: string) => `${id} has no deadline to extend; give it one with p06 set ${id} deadline=...`,
    notLater: (to: string, deadline: string, id: string) =>
      `--to ${to} is not later than the deadline ${deadline}: an extension moves a deadline later (an earlier deadline needs no record: p06 set ${id} deadline=${to})`,
    alreadyCancelled: (id: string) => `${id} is already cancelled`,
    doneStaysDone: (id: string, completed: string | undefined) => `${id} is done${completed === undefined ? '' : ` (completed ${completed})`}; a done task stays done`,
    nameABody: 'name at least one body: p06 add MOJ,MOH --title ...',
    idOneBody: '--id names one task: with several bodies, each gets the next free id of its own file',
    noTaskFile: (name: string, near: string | undefined) => `no task file for ${name}${near === undefined ? '' : `; did you mean ${near}?`}`,
    namedTwice: (code: string) => `${code} is named twice`,
    idShape: (id: string, code: string) => `--id ${id} must be "${code}-<suffix>", e.g. ${code}-07`,
    idTaken: (id: string) => `task id ${id} is taken`,
    cannotReadIt: (why: string) => `cannot read it (${why})`,
    notOverwriting: (files: string) => `not overwriting ${files}; nothing was written (init sets up a new data repository)`,
    nothingLeft: (message: string) => `${message}; nothing was left behind`,
    // The YAML editor's refusals (src/edit/).
    notYaml: (why: string) => `the file is not valid YAML (${why}); fix it first`,
    noTasksList: 'the file has no "tasks:" list',
    noTaskInFile: (id: string) => `no task ${id} in this file`,
    firstKey: (key: string, id: string) => `${key} is the first key of ${id}'s entry and cannot be removed`,
    flowList: 'the task list is written in flow style ([...]); write it as a block list first (p06 fmt)',
    fmtNotYaml: (why: string) => `not valid YAML (${why}); fix it first (p06 validate shows where)`,
    fmtWouldChange: 'the canonical layout would change what the file says; it was left as it is',
  },

  /** Writing files: why a write failed (an errno code in words), and what became of the files. */
  write: {
    cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,
    reason: (code: string | undefined): string => (code !== undefined && WRITE_REASONS[code]) || (code ?? 'unknown error'),
    nothingWritten: (message: string) => `${message}; nothing was written, every file is as it was`,
    partlyWritten: (message: string, written: string[]) => `${message}; ${written.length === 0 ? 'nothing was written' : `${written.join(', ')} ${written.length === 1 ? 'was' : 'were'} written, the rest is as it was`}`,
    changedOnDisk: (files: string) => `${files} changed on disk while p06 was editing; nothing was written, so no one's change is lost: run the command again`,
    cannotLock: (file: string, reason: string) => `cannot lock ${file} for editing: ${reason}; nothing was written`,
    lockHeld: (file: string, holder: string, lock: string) => `${file} is being edited by another p06 (process ${holder}); nothing was written: try again, or delete ${lock} if no p06 is running`,
    /** After --output: where the report went. */
    wrote: (file: string) => `p06: wrote ${file}`,
    demoWrote: (commits: number, dir: string, tags: string) => `p06: wrote ${plural(commits, 'commit')} to ${dir} (tags ${tags}); try there: p06 brief --since meeting-2024-01-25 --format pdf --output brief.pdf`,
    demoInvalid: (errors: number) => `the data has ${plural(errors, 'error')} (see p06 validate): the demo replays valid data only`,
    pdfNeedsOutput: '--format pdf writes a file: give --output FILE, e.g. --output brief.pdf',
    noChrome: 'no Chromium or Chrome found to print the PDF: install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its executable',
    chromeMissing: (chrome: string) =>
      `no Chromium or Chrome found to print the PDF: install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its executable (${chrome} does not exist)`,
    cannotRunChrome: (chrome: string, why: string) => `cannot run ${chrome}: ${why}`,
    chromeFailed: (chrome: string, said: string) => `${chrome} did not print the PDF: ${said}`,
    binaryOnTerminal: (format: string) => `--format ${format} writes a file, not text for the terminal: give --output FILE (or redirect: > report.${format})`,
    /** stdout could not be written (a full disk under a redirect). */
    outputFailed: (where: string | undefined, reason: string) => `p06: cannot write the output${where === undefined ? '' : ` to ${where}`}: ${reason}; what was written is incomplete`,
  },

  /** The data's git history, as changes, trend and brief read it. */
  history: {
    noGit: 'git is not installed (or not on PATH), and the history of the data comes from git',
    notRepository: (git: string) => `this directory is not in a git repository, and the history of the data comes from git (git: ${git})`,
    outside: (dir: string) => `the data directory ${dir} is outside this git repository`,
    lineBreak: (path: string) => `the data directory's path in the repository, ${JSON.stringify(path)}, has a line break, which git's batch reading cannot name; rename the folder to read its history`,
    noCommitsYet: (git: string) => `this repository has no commits yet, so the data has no history (git: ${git})`,
    unknownRevision: (rev: string, shallow: boolean) =>
      `unknown revision ${JSON.stringify(rev)}: ${shallow ? 'this clone is shallow and may not have it; fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)' : 'name a branch, tag or commit this clone has, or a date YYYY-MM-DD'}`,
    tooShallow: (what: string) => `this clone is too shallow to look back to ${what}: fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
    noCommits: 'the branch has no commits',
    startsOn: (spec: string, first: string) => `no commit on or before ${spec}: the history starts on ${first}`,
    notDateOrRev: (flag: string, spec: string) => `${flag} ${JSON.stringify(spec)} is not a date: write YYYY-MM-DD, or name a revision`,
    sinceAfter: (since: string, sinceDay: string, until: string | undefined, untilDay: string) => `--since ${since} (${sinceDay}) is after ${until === undefined ? 'as_of' : `--until ${until}`} (${untilDay})`,
  },

  /** Reading the data at a revision: review's two sides, and the cap on every revision changes, trend and brief read. */
  revision: {
    noGit: 'git is not installed (or not on PATH); p06 review reads revisions through git',
    notRepository: (git: string) => `this directory is not in a git repository, and p06 review compares git revisions (git: ${git})`,
    unknownRevision: (rev: string, shallow: boolean) =>
      `unknown revision ${JSON.stringify(rev)}: ${shallow ? 'this clone is shallow and may not have it; fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)' : 'name a branch, tag or commit this clone has (git fetch first for a remote branch such as origin/main)'}`,
    kind: (kind: 'link' | 'submodule' | 'file' | 'folder') => ({ link: 'a symbolic link', submodule: 'a submodule', file: 'a file', folder: 'a folder' })[kind],
    cannotReadPath: (path: string, rev: string, git: string) => `cannot read ${path} at ${rev}: ${git}`,
    cannotList: (path: string, rev: string, git: string) => `cannot list ${path} at ${rev}: ${git}`,
    cannotReadFiles: (rev: string, git: string) => `cannot read the files of ${rev}: ${git}`,
    notAFolder: (path: string, rev: string, kind: string) => `${path} at ${rev} is ${kind}, not a folder; p06 reads the data folder itself (commit the files, not a link to them)`,
    notAFile: (path: string, rev: string, kind: string) => `${path} at ${rev} is ${kind}, not a file`,
    /** `commit` names a commit by its id (the history commands); otherwise `rev` is as the user wrote it. */
    overTotal: (rev: string, commit: boolean, total: number, files: number, maxTotal: number, side: boolean) =>
      `the data files at ${commit ? `commit ${rev}` : rev} come to ${bytes(total)} in ${files} files (a file committed under several names counts once per name), over the ${bytes(maxTotal)} p06 reads ${side ? 'of each side of a review' : 'of one revision'}`,
    configAt: (rev: string, why: string) => `cannot read the configuration at ${rev}: ${why}`,
    dataOutsideAt: (rev: string, written: string) => `at ${rev}: data: ${JSON.stringify(written)} in p06.yaml is outside the folder that holds p06.yaml; keep the data beside it, or give the folder with --data`,
    /** The history commands' blobs, streamed from git. */
    cannotReadHistory: (git: string) => `cannot read the data files from git: ${git}`,
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
    /** An extension entry in a change line ("extensions: + from 2024-03: the decree came late (approved 2024-03-20)"); `approved` is a formatted day. */
    extension: (from: string, reason: string, approved: string | undefined) => `from ${from}: ${reason}${approved === undefined ? '' : ` (approved ${approved})`}`,
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
    /** After a usage error. */
    usageHint: 'run "p06 --help" for usage',
    /** After the count: which p06.yaml decided the data folder and the rules (none: the defaults). */
    config: (file: string | null) => (file === null ? 'no configuration file, defaults used' : `configuration ${file}`),
  },
};

/** Commander's suggestion after an unknown option or command. */
function didYouMean(similar: readonly string[]): string {
  if (similar.length === 0) return '';
  return similar.length === 1 ? `\n(Did you mean ${similar[0]}?)` : `\n(Did you mean one of ${similar.join(', ')}?)`;
}

/** A catalogue: every language has exactly this shape. */
export type Words = typeof en;
