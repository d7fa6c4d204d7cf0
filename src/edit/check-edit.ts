import type { LoadedFile } from '../load/parse-source.js';
import { parseSource } from '../load/parse-source.js';
import { sourceKeyParts, type SourceFile } from '../load/read-sources.js';
import { hashKey } from '../load/cache-store.js';
import { compareProblems, type Position, type Problem } from '../domain/problem.js';
import { promiseProblems } from '../validate/promise-rules.js';
import type { TaskRecord } from '../domain/records.js';
import type { EditFacts, StoredEditCheck } from '../validate/cached-shapes.js';
import { checkFile, validateChecked, type CheckedFile, type ValidateOptions, type Validation } from '../validate/validate-dataset.js';

export type { EditFacts, StoredEditCheck } from '../validate/cached-shapes.js';

/** One data file as an edit sees it: its bytes, its own check, and what a plan reads of it. */
export interface CheckedSource {
  source: SourceFile;
  /** The hash of the file's name, size and bytes: a stored check is reused only for the same. */
  digest: string;
  check: CheckedFile;
  facts: EditFacts;
  /** True when this run parsed and checked the file (false: its check came from the cache). */
  fresh: boolean;
}

/**
 * A dataset as read for an edit: each file checked on its own (parsed now,
 * or its check reused from the cache when its bytes are the same) and the
 * whole validated, the cross-file rules run over every file as always.
 */
export interface Checked {
  files: CheckedSource[];
  validation: Validation;
  /** The file parsed, with its locator: parsed on first ask, for the files an edit touches. */
  loaded(file: string): LoadedFile | undefined;
}

/** Checks of the files as some earlier run found them, by file name and digest (the cache's, already shape-checked). */
export type KnownChecks = ReadonlyMap<string, StoredEditCheck>;

const knownKey = (file: string, digest: string) => `${digest}\u0000${file}`;

export function knownChecks(files: readonly StoredEditCheck[]): KnownChecks {
  return new Map(files.map((f) => [knownKey(f.file, f.digest), f]));
}

export function checkDataset(sources: readonly SourceFile[], maxBytes: number, options: ValidateOptions, known: KnownChecks = new Map()): Checked {
  const files = sources.map((source) => {
    const digest = hashKey(sourceKeyParts(source));
    const stored = known.get(knownKey(source.file, digest));
    return stored !== undefined && stored.file === source.file && stored.digest === digest ? reused(source, stored) : checkedNow(source, digest, maxBytes, options);
  });
  return withValidation(files, maxBytes, options);
}

/** The dataset with some files' bytes replaced: only those are parsed and checked again, then the whole is validated. */
export function recheckDataset(before: Checked, replaced: ReadonlyMap<string, SourceFile>, maxBytes: number, options: ValidateOptions): Checked {
  const files = before.files.map((f) => {
    const source = replaced.get(f.source.file);
    return source === undefined ? f : checkedNow(source, hashKey(sourceKeyParts(source)), maxBytes, options);
  });
  return withValidation(files, maxBytes, options);
}

/**
 * A position's path joined by a character JSON writes as itself (NUL takes
 * six): the paths are those of crossFilePositions, fixed keys and indexes.
 */
const KEY_JOIN = '/';

/**
 * The files' checks as the cache keeps them (JSON: the positions as pairs of
 * path and position). With `previous`, the dataset before an edit: the
 * written files' checks as they were are kept too, so that a file put back
 * as it was (an undo, a checkout) is not parsed again either.
 */
export function storedChecks(checked: Checked, previous?: Checked): StoredEditCheck[] {
  const now = new Set(checked.files.map((f) => knownKey(f.source.file, f.digest)));
  const was = (previous?.files ?? []).filter((f) => !now.has(knownKey(f.source.file, f.digest)) && checked.files.some((g) => g.source.file === f.source.file));
  return [...checked.files, ...was].map(({ source, digest, check, facts }) => {
    // writtenAt is a Map and only feeds the positions, which are kept: left out.
    const { writtenAt: _, ...result } = check.result;
    const positions = [...check.positions].map(([key, at]): [string, Position] => [key.replaceAll('\u0000', KEY_JOIN), at]);
    return { file: source.file, digest, result, positions, ...(check.recoveredCode === undefined ? {} : { recoveredCode: check.recoveredCode }), facts };
  });
}

const parsedFiles = new WeakMap<CheckedSource, LoadedFile>();

function withValidation(files: CheckedSource[], maxBytes: number, options: ValidateOptions): Checked {
  return {
    files,
    validation: validateChecked(files.map((f) => f.check), options),
    loaded(file) {
      const f = files.find((x) => x.source.file === file);
      if (f === undefined) return undefined;
      let loaded = parsedFiles.get(f);
      if (loaded === undefined) {
        loaded = parseSource(f.source, maxBytes);
        parsedFiles.set(f, loaded);
      }
      return loaded;
    },
  };
}

function checkedNow(source: SourceFile, digest: string, maxBytes: number, options: ValidateOptions): CheckedSource {
  const loaded = parseSource(source, maxBytes);
  const checked: CheckedSource = { source, digest, check: checkFile(loaded, options), facts: factsOf(loaded), fresh: true };
  parsedFiles.set(checked, loaded);
  return checked;
}

function reused(source: SourceFile, stored: StoredEditCheck): CheckedSource {
  const positions = new Map(stored.positions.map(([key, at]) => [key.replaceAll(KEY_JOIN, '\u0000'), at]));
  const check: CheckedFile = { file: source.file, result: stored.result, positions };
  if (stored.recoveredCode !== undefined) check.recoveredCode = stored.recoveredCode;
  return { source, digest: stored.digest, check, facts: stored.facts, fresh: false };
}

/** What a plan reads of a file as written, before any validation: the ids of its tasks and its ministry's code and Vietnamese abbreviation, where they are text. */
function factsOf(loaded: LoadedFile): EditFacts {
  const value = loaded.value as { tasks?: unknown; ministry?: { code?: unknown; abbr_vi?: unknown } } | undefined;
  const tasks = value?.tasks;
  const ids = Array.isArray(tasks) ? tasks.flatMap((t) => (typeof (t as { id?: unknown })?.id === 'string' ? [(t as { id: string }).id] : [])) : [];
  const m = value?.ministry;
  const facts: EditFacts = { ids };
  if (typeof m?.code === 'string') {
    facts.code = m.code;
    if (typeof m.abbr_vi === 'string') facts.abbrVi = m.abbr_vi;
  }
  return facts;
}

export interface EditVerdict {
  /** What stops the write: any error in an edited file, and any error the edit brought elsewhere. */
  blocking: Problem[];
  /** New warnings the edit brought (a reopened task, a missing result): printed, not blocking. */
  warnings: Problem[];
}

/**
 * Judges an edit the way CI would judge the commit: `validate` on the whole
 * dataset after it, and `review`'s promise rules for every edited task
 * (a deadline moved later without its extension, an extension rewritten, a
 * done task reopened), the dataset before the edit standing as the base.
 */
export function judgeEdit(before: Checked, after: Checked, editedFiles: ReadonlySet<string>, editedIds: ReadonlySet<string>): EditVerdict {
  const beforeById = byId(before.validation.tasks);
  const afterById = byId(after.validation.tasks);
  const promises: Problem[] = [];
  for (const id of editedIds) {
    const was = beforeById.get(id);
    const now = afterById.get(id);
    if (was === undefined || now === undefined) continue;
    const file = after.loaded(now.file);
    if (file !== undefined) promises.push(...promiseProblems(was, now, file.locate));
  }
  const known = new Set(before.validation.problems.map(problemKey));
  const fresh = (p: Problem) => !known.has(problemKey(p));
  const all = [...after.validation.problems, ...promises];
  const blocking = all.filter((p) => p.severity === 'error' && (editedFiles.has(p.file) || fresh(p))).sort(compareProblems);
  const warnings = all.filter((p) => p.severity === 'warning' && (promises.includes(p) || (editedFiles.has(p.file) && fresh(p)))).sort(compareProblems);
  return { blocking, warnings };
}

/** A problem without its position: an edit above it moves its line, not the problem. */
function problemKey(p: Problem): string {
  return [p.file, p.rule, p.task ?? '', p.message].join('\u0000');
}

function byId(tasks: readonly TaskRecord[]): Map<string, TaskRecord> {
  const out = new Map<string, TaskRecord>();
  for (const t of tasks) if (!out.has(t.id)) out.set(t.id, t);
  return out;
}
