import type { LoadedFile } from '../load/parse-source.js';
import { compareIds } from '../domain/compare-ids.js';
import { compareProblems, problem, type Problem } from '../domain/problem.js';
import type { TaskRecord } from '../domain/records.js';
import type { Validation } from '../validate/validate-dataset.js';
import { writtenCode, writtenIds } from '../validate/written-ids.js';
import { CHANGE_KINDS, taskChanges, type Change } from './review-changes.js';
import { promiseProblems } from '../validate/promise-rules.js';
import { worded, type Worded } from '../i18n/worded.js';
import type { UnreadableCause } from '../i18n/en-problems.js';
import { isOverTotal } from '../load/read-sources.js';

export type { Change, ChangeKind } from './review-changes.js';

/** A revision as the user named it, and the commit it resolved to (none for the working tree). */
export interface RevisionLabel {
  name: string;
  commit?: string;
}

/** One side of the comparison: its files as loaded (for positions and ids) and validated (for records). */
export interface ReviewSide {
  label: RevisionLabel;
  loaded: readonly LoadedFile[];
  validation: Validation;
}

export interface ReviewReport {
  kind: 'review';
  base: RevisionLabel;
  head: RevisionLabel;
  /** By ministry, task id and kind. */
  changes: Change[];
  /** Everything validate finds in the head plus the promise rules, sorted by file and line. */
  problems: Problem[];
  /** Ministry names by code (head first, then base for removed ministries), for headings. */
  ministries: ReadonlyMap<string, string>;
}

interface Written {
  file: string;
  ministry?: string;
}

/**
 * Compares two datasets task by task (SPEC §4.1). `otherProblems` are added
 * as they are (the configuration's). Tasks that fail validation at the head
 * are not compared (their problems say why), but a task is "removed" only
 * when its id is written nowhere in the head, valid or not.
 */
export function reviewReport(base: ReviewSide, head: ReviewSide, otherProblems: readonly Problem[] = []): ReviewReport {
  const baseWritten = writtenTasks(base.loaded);
  const headWritten = writtenTasks(head.loaded);
  const baseRecords = firstById(base.validation.tasks);
  const headRecords = firstById(head.validation.tasks);
  const headFiles = new Map(head.loaded.map((f) => [f.file, f]));
  const changes: Change[] = [];
  const problems: Problem[] = [...otherProblems, ...head.validation.problems];

  // A file that could not be read as YAML on one side still shows its task
  // ids to a line scan (its outline): a task missing from it is removed, and
  // one written in it is not added. Only a file with no outline at all says
  // nothing about its tasks there.
  const unreadable = (side: ReviewSide) => new Set(side.loaded.filter((f) => f.value === undefined && f.outline === undefined).map((f) => f.file));
  const baseUnreadable = unreadable(base);
  const headUnreadable = unreadable(head);
  // A base file gone from the head may have moved into a head file that says
  // nothing (too large to read, say): when none of its tasks and not its
  // ministry is found in a readable head file, its tasks cannot be called
  // removed. The new unreadable file carries the error instead, worded by its
  // cause, and the review still fails.
  const headPaths = new Set(head.loaded.map((f) => f.file));
  const basePaths = new Set(base.loaded.map((f) => f.file));
  const headCodes = new Set(head.loaded.map((f) => writtenCode(f) ?? f.outline?.code));
  const baseFiles = new Map<string, { ministry?: string; ids: string[] }>();
  for (const [id, w] of baseWritten) {
    const known = baseFiles.get(w.file) ?? { ids: [], ...(w.ministry === undefined ? {} : { ministry: w.ministry }) };
    known.ids.push(id);
    baseFiles.set(w.file, known);
  }
  const unaccounted = new Set(
    [...baseFiles].filter(([file, b]) => !headPaths.has(file) && !(b.ministry !== undefined && headCodes.has(b.ministry)) && !b.ids.some((id) => headWritten.has(id))).map(([file]) => file),
  );
  const maybeMoved = head.loaded.filter((f) => headUnreadable.has(f.file) && !basePaths.has(f.file));
  const movedInto = unaccounted.size > 0 ? maybeMoved : [];
  problems.push(...uncheckedPromises(base, head, movedInto));

  const added = [...headRecords.values()].filter((t) => !baseWritten.has(t.id) && !baseUnreadable.has(t.file));
  for (const t of added) changes.push({ task: t.id, ministry: ministryOf(t.id, t.ministry), change: 'added', title: t.title });
  // The first added task with each title, looked up once per removed task (a search per removed task was removed × added).
  const addedByTitle = new Map<string, TaskRecord>();
  for (const t of added) if (!addedByTitle.has(t.title)) addedByTitle.set(t.title, t);

  for (const [id, where] of baseWritten) {
    if (headWritten.has(id) || headUnreadable.has(where.file)) continue;
    if (movedInto.length > 0 && unaccounted.has(where.file)) continue;
    const record = baseRecords.get(id);
    const ministry = ministryOf(id, record?.ministry ?? where.ministry);
    const change: Change = { task: id, ministry, change: 'removed' };
    if (record !== undefined) change.title = record.title;
    changes.push(change);
    // A new id with the same title is almost always a rename: say so.
    const renamed = record && addedByTitle.get(record.title);
    const message = renamed
      ? worded('taskRenamed', id, renamed.id)
      : worded('taskRemoved', id);
    problems.push(removedAt(id, where, ministry, head.loaded, headFiles, message));
  }

  for (const t of headRecords.values()) {
    const before = baseRecords.get(t.id);
    if (before === undefined) continue;
    changes.push(...taskChanges(before, t, ministryOf(t.id, t.ministry)));
    problems.push(...promiseProblems(before, t, headFiles.get(t.file)!.locate));
  }

  const order = new Map<string, number>(CHANGE_KINDS.map((k, i) => [k, i]));
  changes.sort((a, b) => (a.ministry < b.ministry ? -1 : a.ministry > b.ministry ? 1 : compareIds(a.task, b.task) || order.get(a.change)! - order.get(b.change)!));
  problems.sort(compareProblems);

  const ministries = new Map<string, string>();
  for (const m of [...head.validation.ministries, ...base.validation.ministries]) if (!ministries.has(m.code)) ministries.set(m.code, m.name);
  return { kind: 'review', base: base.label, head: head.label, changes, problems, ministries };
}

/**
 * Where a removed task is reported: a removed task has no line at the head,
 * so the problem sits on the "tasks:" key of the file that held it (or of
 * its ministry's file, if the file moved), where a reviewer would put it
 * back; if the file itself is gone, on line 1 of its old path.
 */
function removedAt(id: string, was: Written, ministry: string, loaded: readonly LoadedFile[], byFile: ReadonlyMap<string, LoadedFile>, message: Worded): Problem {
  const target = byFile.get(was.file) ?? loaded.find((f) => writtenCode(f) === ministry);
  if (target === undefined) return problem(was.file, { line: 1, column: 1 }, 'task-removed', message, id);
  return problem(target.file, target.locate.key(['tasks']), 'task-removed', message, id);
}

/**
 * A head file that cannot be read hides what its tasks' deadlines,
 * extensions and statuses now say: the review cannot say "0 changes" for it.
 * One error on the file, when it held tasks at the base, says its promises
 * were not checked (removed tasks are still found from its outline).
 */
function uncheckedPromises(base: ReviewSide, head: ReviewSide, movedInto: readonly LoadedFile[]): Problem[] {
  const baseIds = writtenTasks(base.loaded);
  return head.loaded
    .filter((f) => f.value === undefined)
    .filter((f) => movedInto.includes(f) || base.loaded.some((b) => b.file === f.file) || (f.outline?.ids ?? []).some(({ id }) => baseIds.has(id)))
    .map((f) => problem(f.file, { line: 1, column: 1 }, 'promises-unchecked', worded('promisesUnchecked', unreadableCause(f))));
}

/** Why a file never became data, for the fix its promises-unchecked error asks for. */
function unreadableCause(f: LoadedFile): UnreadableCause {
  const rules = new Set(f.problems.map((p) => p.rule));
  if (rules.has('file-too-large')) return 'size';
  const unread = f.problems.find((p) => p.rule === 'file-unreadable');
  if (unread !== undefined) return isOverTotal(String(unread.says?.params[0] ?? '')) ? 'total' : 'unreadable';
  if (rules.has('encoding')) return 'encoding';
  return 'syntax';
}

/** Every task id written in the files, valid or not (in a file that cannot be read: as its outline shows), with the file that holds it first. */
function writtenTasks(loaded: readonly LoadedFile[]): Map<string, Written> {
  const written = new Map<string, Written>();
  for (const f of loaded) {
    // A file that cannot be read names its ministry to the line scan (its outline).
    const ministry = writtenCode(f) ?? f.outline?.code;
    for (const { id } of writtenIds(f)) {
      if (written.has(id)) continue;
      written.set(id, ministry === undefined ? { file: f.file } : { file: f.file, ministry });
    }
  }
  return written;
}

/** A duplicated id is an error at validation; the review compares its first occurrence, as the reports do. */
function firstById(tasks: readonly TaskRecord[]): Map<string, TaskRecord> {
  const byId = new Map<string, TaskRecord>();
  for (const t of tasks) if (!byId.has(t.id)) byId.set(t.id, t);
  return byId;
}

/** The file's ministry, or the id's prefix when the file's ministry could not be read. */
function ministryOf(id: string, ministry: string | undefined): string {
  return ministry || id.slice(0, Math.max(0, id.indexOf('-'))) || id;
}
