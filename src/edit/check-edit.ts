import type { LoadedFile } from '../load/parse-source.js';
import { parseSource } from '../load/parse-source.js';
import type { SourceFile } from '../load/read-sources.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import { promiseProblems } from '../validate/promise-rules.js';
import type { TaskRecord } from '../domain/records.js';
import { validateDataset, type ValidateOptions, type Validation } from '../validate/validate-dataset.js';

/** A dataset as read for an edit: each file parsed (with its text, for editing) and all of it validated. */
export interface Checked {
  loaded: LoadedFile[];
  validation: Validation;
}

export function checkDataset(sources: readonly SourceFile[], maxBytes: number, options: ValidateOptions): Checked {
  const loaded = sources.map((s) => parseSource(s, maxBytes));
  return { loaded, validation: validateDataset(loaded, options) };
}

/** The dataset with some files' bytes replaced: only those are parsed again, then the whole is validated. */
export function recheckDataset(before: Checked, replaced: ReadonlyMap<string, SourceFile>, maxBytes: number, options: ValidateOptions): Checked {
  const loaded = before.loaded.map((f) => {
    const source = replaced.get(f.file);
    return source === undefined ? f : parseSource(source, maxBytes);
  });
  return { loaded, validation: validateDataset(loaded, options) };
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
    const file = after.loaded.find((f) => f.file === now.file);
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
