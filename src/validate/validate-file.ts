import { parseDay } from '../domain/calendar.js';
import type { LoadedFile } from '../load/parse-source.js';
import { writtenIds } from './written-ids.js';
import type { Path } from '../load/parse-yaml.js';
import { problem, type Problem } from '../domain/problem.js';
import { DATE_PATTERN, DEADLINE_PATTERN, parseDeadline, type Deadline } from '../domain/deadline.js';
import type { ExtensionRecord, MinistryRecord, TaskRecord } from '../domain/records.js';
import { ExtensionSchema, FileShellSchema, MinistrySchema, TaskSchema, type TaskInput } from './schemas.js';
import { zodProblems } from './zod-problems.js';
import { toNfc } from './to-nfc.js';
import { PERIOD_EXAMPLE, parsePeriod } from '../domain/period.js';
import { worded, type Worded } from '../i18n/worded.js';

export interface FileResult {
  ministry?: MinistryRecord;
  tasks: TaskRecord[];
  /** Ids written in the file, also those of tasks that failed the schema (so they are not "unknown"). */
  ids: { id: string; index: number }[];
  taskCount: number;
  /** Not even the task list could be found, so taskCount says nothing. */
  uncounted?: true;
  /**
   * For a task (by index) whose depends_on or coordinating lists an entry
   * twice: where each entry of the record's de-duplicated list was written
   * in the file's list, so later entries are not reported one place early.
   */
  writtenAt?: Map<number, { depends_on: number[]; coordinating: number[] }>;
  problems: Problem[];
}

const TASK_KEYS = Object.keys(TaskSchema.shape);
const FILE_KEYS = Object.keys(FileShellSchema.shape);
const MINISTRY_KEYS = Object.keys(MinistrySchema.shape);
const EXTENSION_KEYS = Object.keys(ExtensionSchema.shape);

function knownKeysOfFile(path: Path): readonly string[] {
  if (path.length === 0) return FILE_KEYS;
  if (path[0] === 'ministry') return MINISTRY_KEYS;
  return path.includes('extensions') ? EXTENSION_KEYS : TASK_KEYS;
}

function knownKeysOfTask(path: Path): readonly string[] {
  return path.includes('extensions') ? EXTENSION_KEYS : TASK_KEYS;
}

export interface FileOptions {
  /** A task without a named leader is a warning (require_leader in p06.yaml). */
  requireLeader?: boolean;
}

/** The checks that need only this one file. */
export function validateFile(loaded: LoadedFile, options: FileOptions = {}): FileResult {
  const { file, locate } = loaded;
  const value = toNfc(loaded.value);
  const result: FileResult = { tasks: [], ids: [], taskCount: 0, problems: [...loaded.problems] };
  if (value === undefined) {
    // Unreadable, but its tasks still count (a report that leaves the file out names them) and its ids are not unknown.
    if (loaded.outline !== undefined) {
      result.taskCount = loaded.outline.count;
      result.ids.push(...writtenIds(loaded));
    } else {
      result.uncounted = true;
    }
    return result;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'list' : value === null ? 'nothing' : typeof value;
    result.problems.push(problem(file, locate.value([]), 'schema', worded('topLevel', found)));
    return result;
  }
  const record = value as Record<string, unknown>;
  const rawTasks = Array.isArray(record.tasks) ? (record.tasks as unknown[]) : [];
  result.taskCount = rawTasks.length;
  result.ids.push(...writtenIds(loaded));

  const shell = FileShellSchema.safeParse(record);
  if (!shell.success) result.problems.push(...zodProblems(shell.error, record, [], file, locate, knownKeysOfFile));
  const ministryOk = MinistrySchema.safeParse(record.ministry);
  if (ministryOk.success) {
    const m = ministryOk.data;
    const say = (key: string, rule: 'schema' | 'invalid-date', message: Worded) => result.problems.push(problem(file, locate.value(['ministry', key]), rule, message));
    result.ministry = { code: m.code, name: m.name, file, line: locate.value(['ministry']).line };
    if (m.name_vi !== undefined) result.ministry.nameVi = m.name_vi;
    if (m.abbr_vi !== undefined) result.ministry.abbrVi = m.abbr_vi;
    if (m.kind !== undefined) result.ministry.kind = m.kind;
    if ((m.merged_into === undefined) !== (m.merged_on === undefined)) {
      const [given, missing] = m.merged_into !== undefined ? ['merged_into', 'merged_on'] : ['merged_on', 'merged_into'];
      say(given, 'schema', worded('mergerHalf', given, missing));
    } else if (m.merged_into !== undefined && m.merged_on !== undefined) {
      const on = parseDay(m.merged_on);
      if (m.merged_into === m.code) say('merged_into', 'schema', worded('mergedIntoItself', m.code));
      else if (on === undefined) say('merged_on', 'invalid-date', notARealDate(m.merged_on));
      else {
        result.ministry.mergedInto = m.merged_into;
        result.ministry.mergedOn = on;
      }
    }
  }
  const code = result.ministry?.code;

  rawTasks.forEach((raw, index) => {
    const base = ['tasks', index] as const;
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const parsed = TaskSchema.safeParse(raw);
    if (!parsed.success) {
      result.problems.push(...zodProblems(parsed.error, raw, base, file, locate, knownKeysOfTask, id));
      // The schema only knows a date's shape: check the days of what has the right shape, so nothing waits for a second run.
      for (const [path, text] of dateShapedValues(raw)) {
        const real = ['completed', 'approved', 'assigned'].includes(String(path[path.length - 1])) ? parseDay(text) : parseDeadline(text);
        if (real === undefined) result.problems.push(problem(file, locate.value([...base, ...path]), 'invalid-date', notARealDate(text), id));
      }
      return;
    }
    const task = toRecord(parsed.data, code ?? '', file, index, locate.value(base).line, (path, rule, message) =>
      result.problems.push(problem(file, locate.value([...base, ...path]), rule, message, parsed.data.id)),
    );
    if (task === undefined) return;
    const written = writtenIndexes(parsed.data);
    if (written !== undefined) (result.writtenAt ??= new Map()).set(index, written);
    if (task.completed !== undefined) task.completedAt = locate.value([...base, 'completed']);
    if (task.assigned !== undefined) task.assignedAt = locate.value([...base, 'assigned']);
    result.tasks.push(task);
  });

  for (const task of result.tasks) {
    const at = (path: Path) => locate.value(['tasks', task.index, ...path]);
    const say = (path: Path, rule: Parameters<typeof problem>[2], message: Worded) => result.problems.push(problem(file, at(path), rule, message, task.id));
    const from = task.transferredFrom;
    if (from !== undefined && from === code) {
      say(['transferred_from'], 'schema', worded('transferredFromSelf', code));
    } else if (from !== undefined && !task.id.startsWith(`${from}-`)) {
      say(['transferred_from'], 'id-prefix', worded('transferredIdPrefix', task.id, from));
    } else if (from === undefined && code !== undefined && !task.id.startsWith(`${code}-`)) {
      const movedFrom = task.id.includes('-') ? task.id.slice(0, task.id.lastIndexOf('-')) : undefined;
      say(['id'], 'id-prefix', worded('idPrefix', task.id, code, movedFrom));
    }
    if (task.result === undefined) say([], 'missing-result', worded('missingResult', task.id));
    if (options.requireLeader && task.leader === undefined) say([], 'missing-leader', worded('missingLeader', task.id));
    const merged = result.ministry?.mergedInto;
    if (merged !== undefined && task.status !== 'done' && task.status !== 'cancelled') {
      say(['status'], 'task-in-merged-body', worded('taskInMergedBody', task.id, task.status, String(code), merged));
    }
  }
  return result;
}

type Say = (path: Path, rule: 'invalid-date' | 'schema' | 'completed-missing' | 'completed-unexpected' | 'extension-order' | 'assigned-order', message: Worded) => void;

/** Parses dates and checks the rules inside one task; undefined when a date cannot be read. */
function toRecord(t: TaskInput, ministry: string, file: string, index: number, line: number, say: Say): TaskRecord | undefined {
  let ok = true;
  const deadlineOf = (raw: string | number, path: Path): Deadline | undefined => {
    const d = parseDeadline(raw);
    if (d === undefined) {
      ok = false;
      say(path, 'invalid-date', notARealDate(String(raw)));
    }
    return d;
  };
  const dayOf = (raw: string, path: Path) => {
    const d = parseDay(raw);
    if (d === undefined) {
      ok = false;
      say(path, 'invalid-date', notARealDate(raw));
    }
    return d;
  };

  const deadline = t.deadline === undefined ? undefined : deadlineOf(t.deadline, ['deadline']);
  if (t.deadline === undefined && t.status !== 'recurring') {
    say([], 'schema', worded('deadlineRequired'));
  }
  const completed = t.completed === undefined ? undefined : dayOf(t.completed, ['completed']);
  if (t.status === 'done' && t.completed === undefined) say(['status'], 'completed-missing', worded('completedMissing', t.id));
  if (t.status !== 'done' && t.completed !== undefined) say(['completed'], 'completed-unexpected', worded('completedUnexpected', t.status));

  for (const key of ['depends_on', 'coordinating'] as const) {
    const seen = new Set<string>();
    (t[key] ?? []).forEach((entry, i) => {
      if (seen.has(entry)) say([key, i], 'schema', worded('listedTwice', key, entry));
      seen.add(entry);
    });
  }

  const extensions: ExtensionRecord[] = [];
  (t.extensions ?? []).forEach((e, i) => {
    const from = deadlineOf(e.from, ['extensions', i, 'from']);
    const approved = e.approved === undefined ? undefined : dayOf(e.approved, ['extensions', i, 'approved']);
    if (from === undefined) return;
    const ext: ExtensionRecord = { from, reason: e.reason };
    if (approved !== undefined) ext.approved = approved;
    const previous = extensions[extensions.length - 1];
    if (previous !== undefined && from.due <= previous.from.due) {
      say(['extensions', i, 'from'], 'extension-order', worded('extensionNotLater', from.text, previous.from.text));
    } else if (deadline !== undefined && from.due >= deadline.due) {
      say(['extensions', i, 'from'], 'extension-order', worded('extensionNotEarlier', from.text, deadline.text));
    }
    extensions.push(ext);
  });
  const assigned = t.assigned === undefined ? undefined : dayOf(t.assigned, ['assigned']);
  if (assigned !== undefined) {
    // A task cannot be finished, or its deadline moved, before it was given.
    if (completed !== undefined && assigned > completed) say(['assigned'], 'assigned-order', worded('assignedAfterCompleted', t.assigned!, t.completed!));
    const approvedEarlier = (t.extensions ?? []).find((e) => e.approved !== undefined && (parseDay(e.approved) ?? Infinity) < assigned);
    if (approvedEarlier !== undefined) say(['assigned'], 'assigned-order', worded('assignedAfterExtension', t.assigned!, String(approvedEarlier.from), approvedEarlier.approved!));
  }

  let reported: TaskRecord['reported'];
  if (t.every !== undefined && t.status !== 'recurring') say(['every'], 'schema', worded('everyNotRecurring', t.status));
  if (t.reported !== undefined) {
    if (t.every === undefined) say(['reported'], 'schema', worded('reportedWithoutEvery'));
    else {
      const period = parsePeriod(t.reported, t.every);
      if (period === undefined) say(['reported'], 'schema', worded('reportedNotPeriod', String(t.reported), t.every, PERIOD_EXAMPLE[t.every]));
      else reported = { text: String(t.reported), period };
    }
  }
  if (!ok) return undefined;

  const record: TaskRecord = {
    id: t.id,
    ministry,
    title: t.title,
    owner: t.owner,
    status: t.status,
    dependsOn: [...new Set(t.depends_on ?? [])],
    coordinating: [...new Set(t.coordinating ?? [])],
    extensions,
    file,
    line,
    index,
  };
  if (deadline !== undefined) record.deadline = deadline;
  if (completed !== undefined) record.completed = completed;
  if (t.result !== undefined) record.result = t.result;
  if (t.source !== undefined) record.source = t.source;
  if (t.notes !== undefined) record.notes = t.notes;
  if (assigned !== undefined) record.assigned = assigned;
  if (t.assigned_by !== undefined) record.assignedBy = t.assigned_by;
  if (t.leader !== undefined) record.leader = t.leader;
  if (t.refs !== undefined && t.refs.length > 0) record.refs = t.refs;
  if (t.transferred_from !== undefined) record.transferredFrom = t.transferred_from;
  if (t.obstacle !== undefined) record.obstacle = t.obstacle;
  if (t.every !== undefined && t.status === 'recurring') record.every = t.every;
  if (reported !== undefined) record.reported = reported;
  return record;
}

const notARealDate = (text: string) => worded('notARealDate', text);

/** Where each distinct entry of depends_on and coordinating was first written, when either lists one twice. */
function writtenIndexes(t: TaskInput): { depends_on: number[]; coordinating: number[] } | undefined {
  const firsts = (list: readonly string[] = []) => list.flatMap((entry, i) => (list.indexOf(entry) === i ? [i] : []));
  const out = { depends_on: firsts(t.depends_on), coordinating: firsts(t.coordinating) };
  const same = out.depends_on.length === (t.depends_on ?? []).length && out.coordinating.length === (t.coordinating ?? []).length;
  return same ? undefined : out;
}

/** The date values of a task that failed the schema, where they have a date's shape. */
function dateShapedValues(raw: unknown): [Path, string][] {
  if (typeof raw !== 'object' || raw === null) return [];
  const task = raw as Record<string, unknown>;
  const out: [Path, string][] = [];
  const take = (value: unknown, path: Path, pattern: RegExp) => {
    if (typeof value === 'string' && pattern.test(value)) out.push([path, value]);
  };
  take(task.deadline, ['deadline'], DEADLINE_PATTERN);
  take(task.completed, ['completed'], DATE_PATTERN);
  take(task.assigned, ['assigned'], DATE_PATTERN);
  if (Array.isArray(task.extensions)) {
    task.extensions.forEach((e: unknown, i) => {
      if (typeof e !== 'object' || e === null) return;
      take((e as Record<string, unknown>).from, ['extensions', i, 'from'], DEADLINE_PATTERN);
      take((e as Record<string, unknown>).approved, ['extensions', i, 'approved'], DATE_PATTERN);
    });
  }
  return out;
}
