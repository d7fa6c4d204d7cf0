import type { Day } from '../domain/calendar.js';
import { YAML_FILE } from '../load/find-data-files.js';
import type { LoadedFile } from '../load/parse-source.js';
import type { Locator, Path } from '../load/parse-yaml.js';
import { compareProblems, problem, type Position, type Problem, type RuleId } from '../domain/problem.js';
import { datesInFuture } from './completed-in-future.js';
import { findCycles } from './find-cycles.js';
import type { FileSummary, MinistryRecord, TaskRecord } from '../domain/records.js';
import { isOpen } from '../domain/status.js';
import { closest, Suggester } from '../domain/suggest.js';
import { validateFile, type FileResult } from './validate-file.js';
import { worded, type Worded } from '../i18n/worded.js';

export interface ValidateOptions {
  /** Completion dates after this day are errors; without it, that check is left to the caller (see datesInFuture). */
  asOf?: Day;
  /** Agencies from p06.yaml that take part but keep no task file. */
  agencies: Readonly<Record<string, string>>;
  /** A task without a named leader is a warning (require_leader in p06.yaml). */
  requireLeader?: boolean;
}

export interface Validation {
  ministries: MinistryRecord[];
  tasks: TaskRecord[];
  files: FileSummary[];
  /** Sorted by file and line. */
  problems: Problem[];
}


/**
 * Every check of SPEC §6 over all files at once: nothing stops at the first
 * problem. Files are taken one at a time and their YAML documents dropped
 * once checked (a 100,000-task dataset would otherwise hold every document in
 * memory): only the positions the cross-file rules may need are kept.
 */
export function validateDataset(loaded: Iterable<LoadedFile>, options: ValidateOptions): Validation {
  function* checked() {
    for (const f of loaded) yield checkFile(f, options);
  }
  return validateChecked(checked(), options);
}

/** One file checked on its own, with the positions the cross-file rules may point at: plain data, so a file's check can be kept and reused. */
export interface CheckedFile {
  file: string;
  result: FileResult;
  positions: Map<string, Position>;
  /** A file that cannot be read still names its ministry to a line scan: references to it are not unknown. */
  recoveredCode?: string;
}

export function checkFile(f: LoadedFile, options: Pick<ValidateOptions, 'requireLeader'> = {}): CheckedFile {
  const result = validateFile(f, { requireLeader: options.requireLeader === true });
  const checked: CheckedFile = { file: f.file, result, positions: crossFilePositions(f.locate, result) };
  if (f.value === undefined && f.outline?.code !== undefined) checked.recoveredCode = f.outline.code;
  return checked;
}

/** The cross-file rules over files already checked one by one (validateDataset, or many git revisions sharing files). */
export function validateChecked(checked: Iterable<CheckedFile>, options: ValidateOptions): Validation {
  const positions = new Map<string, Map<string, Position>>();
  const results: (FileResult & { file: string; recoveredCode?: string })[] = [];
  for (const c of checked) {
    positions.set(c.file, c.positions);
    results.push({ file: c.file, ...c.result, ...(c.recoveredCode !== undefined ? { recoveredCode: c.recoveredCode } : {}) });
  }
  const problems: Problem[] = results.flatMap((r) => r.problems);
  const ministries: MinistryRecord[] = [];
  const tasks: TaskRecord[] = results.flatMap((r) => r.tasks);

  const say = (file: string, path: Path, rule: RuleId, message: Worded, task?: string) => {
    const at = positions.get(file)?.get(pathKey(path)) ?? { line: 1, column: 1 };
    problems.push(problem(file, at, rule, message, task));
  };

  // Ministries: unique codes, files named after them.
  const byCode = new Map<string, MinistryRecord>();
  for (const r of results) {
    const m = r.ministry;
    if (m === undefined) continue;
    const first = byCode.get(m.code);
    if (first !== undefined) {
      say(r.file, ['ministry', 'code'], 'duplicate-ministry', worded('duplicateMinistry', m.code, `${first.file}:${first.line}`));
      continue;
    }
    byCode.set(m.code, m);
    ministries.push(m);
    const base = r.file.slice(r.file.lastIndexOf('/') + 1).replace(YAML_FILE, '');
    if (base !== m.code.toLowerCase()) {
      say(r.file, ['ministry', 'code'], 'file-name', worded('fileName', base, m.code));
    }
  }

  // Ids: unique across the dataset, counting tasks that failed the schema too.
  const firstPlace = new Map<string, string>();
  const allIds = new Set<string>();
  for (const r of results) {
    for (const { id, index } of r.ids) {
      const here = `${r.file}:${positions.get(r.file)!.get(pathKey(['tasks', index, 'id']))!.line}`;
      const there = firstPlace.get(id);
      if (there !== undefined) say(r.file, ['tasks', index, 'id'], 'duplicate-id', worded('duplicateId', id, there, here), id);
      else firstPlace.set(id, here);
      allIds.add(id);
    }
  }

  const byId = new Map<string, TaskRecord>();
  for (const t of tasks) if (!byId.has(t.id)) byId.set(t.id, t);
  const agencyCodes = new Set([...byCode.keys(), ...Object.keys(options.agencies), ...results.flatMap((r) => r.recoveredCode ?? [])]);
  // One suggester per set of candidates: its work is bounded over the whole run, not per unknown word.
  let nearId: Suggester | undefined;
  let nearAgency: Suggester | undefined;

  for (const t of tasks) {
    const at = (path: Path, rule: RuleId, message: Worded) => say(t.file, ['tasks', t.index, ...path], rule, message, t.id);
    t.dependsOn.forEach((dep, j) => {
      const where = ['depends_on', j];
      if (dep === t.id) return at(where, 'self-dependency', worded('selfDependency', t.id));
      const target = byId.get(dep);
      if (!allIds.has(dep)) {
        const near = (nearId ??= new Suggester(allIds)).closest(dep);
        return at(where, 'unknown-dependency', worded('unknownDependency', dep, near));
      }
      if (target === undefined) return;
      if (target.status === 'cancelled') at(where, 'dependency-cancelled', worded('dependencyCancelled', dep));
      else if (t.status === 'done' && isOpen(target.status)) at(where, 'done-with-open-dependency', worded('doneWithOpenDependency', dep, target.status));
    });
    t.coordinating.forEach((code, j) => {
      if (!agencyCodes.has(code)) {
        const near = (nearAgency ??= new Suggester(agencyCodes)).closest(code);
        at(['coordinating', j], 'unknown-agency', worded('unknownAgency', code, near));
      }
    });
    if (t.transferredFrom !== undefined && !agencyCodes.has(t.transferredFrom)) at(['transferred_from'], 'unknown-agency', unknownAgency(t.transferredFrom, agencyCodes));
  }
  for (const m of ministries) {
    if (m.mergedInto !== undefined && !agencyCodes.has(m.mergedInto)) say(m.file, ['ministry', 'merged_into'], 'unknown-agency', unknownAgency(m.mergedInto, agencyCodes));
  }

  const edges = (id: string) => (byId.get(id)?.dependsOn ?? []).filter((d) => d !== id && byId.has(d));
  for (const cycle of findCycles([...byId.keys()], edges)) {
    const first = byId.get(cycle[0]!)!;
    const next = cycle[1 % cycle.length]!;
    say(first.file, ['tasks', first.index, 'depends_on', first.dependsOn.indexOf(next)], 'dependency-cycle', worded('dependencyCycle', [...cycle, cycle[0]].join(' → ')), first.id);
  }

  if (options.asOf !== undefined) problems.push(...datesInFuture(tasks, options.asOf));

  // Counted in one pass: filtering every problem for every file would be files × problems.
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const p of problems) {
    const c = counts.get(p.file) ?? { errors: 0, warnings: 0 };
    if (p.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(p.file, c);
  }
  const files: FileSummary[] = results.map((r) => {
    const summary: FileSummary = { file: r.file, tasks: r.taskCount, ...(counts.get(r.file) ?? { errors: 0, warnings: 0 }) };
    const code = r.ministry?.code ?? r.recoveredCode;
    if (code !== undefined) summary.ministry = code;
    if (r.uncounted) summary.uncounted = true;
    return summary;
  });
  problems.sort(compareProblems);
  return { ministries, tasks, files, problems };
}

const pathKey = (path: Path) => path.join('\u0000');

function unknownAgency(code: string, known: ReadonlySet<string>): Worded {
  const near = closest(code, known);
  return worded('unknownAgency', code, near);
}

/** Where the values that a cross-file rule may point at are written: the code, each id, each dependency and agency. */
function crossFilePositions(locate: Locator, result: FileResult): Map<string, Position> {
  const out = new Map<string, Position>();
  const put = (path: Path) => out.set(pathKey(path), locate.value(path));
  if (result.ministry !== undefined) put(['ministry', 'code']);
  if (result.ministry?.mergedInto !== undefined) put(['ministry', 'merged_into']);
  for (const { index } of result.ids) put(['tasks', index, 'id']);
  for (const t of result.tasks) {
    // The record's lists hold each entry once; a problem sits where the entry was first written.
    const written = result.writtenAt?.get(t.index);
    for (let j = 0; j < t.dependsOn.length; j++) out.set(pathKey(['tasks', t.index, 'depends_on', j]), locate.value(['tasks', t.index, 'depends_on', written?.depends_on[j] ?? j]));
    for (let j = 0; j < t.coordinating.length; j++) out.set(pathKey(['tasks', t.index, 'coordinating', j]), locate.value(['tasks', t.index, 'coordinating', written?.coordinating[j] ?? j]));
    if (t.transferredFrom !== undefined) put(['tasks', t.index, 'transferred_from']);
  }
  return out;
}
