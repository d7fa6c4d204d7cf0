import { parseDay } from '../domain/calendar.js';
import type { LoadedFile } from '../load/parse-source.js';
import { writtenIds } from './written-ids.js';
import type { Path } from '../load/parse-yaml.js';
import { problem, type Problem } from '../domain/problem.js';
import { DATE_PATTERN, DEADLINE_PATTERN, parseDeadline, type Deadline } from '../domain/deadline.js';
import type { ExtensionRecord, MinistryRecord, TaskRecord } from '../domain/records.js';
import { ExtensionSchema, FileShellSchema, MinistrySchema, TaskSchema, type TaskInput } from './schemas.js';
import { zodProblems } from './zod-problems.js';

export interface FileResult {
  ministry?: MinistryRecord;
  tasks: TaskRecord[];
  /** Ids written in the file, also those of tasks that failed the schema (so they are not "unknown"). */
  ids: { id: string; index: number }[];
  taskCount: number;
  /** Not even the task list could be found, so taskCount says nothing. */
  uncounted?: true;
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

/** The checks that need only this one file. */
export function validateFile(loaded: LoadedFile): FileResult {
  const { file, locate, value } = loaded;
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
    const found = Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`;
    result.problems.push(problem(file, locate.value([]), 'schema', `expected a mapping with "ministry" and "tasks" at the top of the file, found ${found}`));
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
    result.ministry = { code: m.code, name: m.name, file, line: locate.value(['ministry']).line };
    if (m.name_vi !== undefined) result.ministry.nameVi = m.name_vi;
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
        const real = path[path.length - 1] === 'completed' || path[path.length - 1] === 'approved' ? parseDay(text) : parseDeadline(text);
        if (real === undefined) result.problems.push(problem(file, locate.value([...base, ...path]), 'invalid-date', notARealDate(text), id));
      }
      return;
    }
    const task = toRecord(parsed.data, code ?? '', file, index, locate.value(base).line, (path, rule, message) =>
      result.problems.push(problem(file, locate.value([...base, ...path]), rule, message, parsed.data.id)),
    );
    if (task === undefined) return;
    if (task.completed !== undefined) task.completedAt = locate.value([...base, 'completed']);
    result.tasks.push(task);
  });

  for (const task of result.tasks) {
    const at = (path: Path) => locate.value(['tasks', task.index, ...path]);
    const say = (path: Path, rule: Parameters<typeof problem>[2], message: string) => result.problems.push(problem(file, at(path), rule, message, task.id));
    if (code !== undefined && !task.id.startsWith(`${code}-`)) {
      say(['id'], 'id-prefix', `task id ${task.id} does not start with this file's code "${code}-"`);
    }
    if (task.result === undefined) say([], 'missing-result', `task ${task.id} has no "result" (clear results: what output is expected)`);
  }
  return result;
}

type Say = (path: Path, rule: 'invalid-date' | 'schema' | 'completed-missing' | 'completed-unexpected' | 'extension-order', message: string) => void;

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
    say([], 'schema', `missing required key "deadline" (clear time): only a recurring task may have none`);
  }
  const completed = t.completed === undefined ? undefined : dayOf(t.completed, ['completed']);
  if (t.status === 'done' && t.completed === undefined) say(['status'], 'completed-missing', `task ${t.id} is done but has no "completed" date`);
  if (t.status !== 'done' && t.completed !== undefined) say(['completed'], 'completed-unexpected', `"completed" is set but status is ${t.status}; set status: done or remove the date`);

  for (const key of ['depends_on', 'coordinating'] as const) {
    const seen = new Set<string>();
    (t[key] ?? []).forEach((entry, i) => {
      if (seen.has(entry)) say([key, i], 'schema', `${key} lists ${entry} twice`);
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
      say(['extensions', i, 'from'], 'extension-order', `extension from ${from.text} is not later than the one before it (${previous.from.text}); list extensions oldest first`);
    } else if (deadline !== undefined && from.due >= deadline.due) {
      say(['extensions', i, 'from'], 'extension-order', `extension from ${from.text} is not earlier than the current deadline ${deadline.text}: an extension moves a deadline later`);
    }
    extensions.push(ext);
  });
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
  return record;
}

const notARealDate = (text: string) => `${text} is not a real date`;

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
  if (Array.isArray(task.extensions)) {
    task.extensions.forEach((e: unknown, i) => {
      if (typeof e !== 'object' || e === null) return;
      take((e as Record<string, unknown>).from, ['extensions', i, 'from'], DEADLINE_PATTERN);
      take((e as Record<string, unknown>).approved, ['extensions', i, 'approved'], DATE_PATTERN);
    });
  }
  return out;
}
