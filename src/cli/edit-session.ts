import { resolve } from 'node:path';
import { checkDataset, judgeEdit, knownChecks, recheckDataset, storedChecks, type Checked } from '../edit/check-edit.js';
import { hashKey } from '../load/cache-store.js';
import { isEditChecks } from '../validate/cached-shapes.js';
import { BUILD, VERSION } from '../domain/version.js';
import { EditError, type FieldChange } from '../edit/edit-task.js';
import { readSource, type SourceFile } from '../load/read-sources.js';
import { problemLines } from '../render/render-problems.js';
import { oneLine, safeJson } from '../render/sanitize.js';
import { closest } from '../domain/suggest.js';
import { parseDay } from '../domain/calendar.js';
import { EXIT, SilentError } from './errors.js';
import { en, type Words } from '../i18n/en.js';
import { errorText, sayUserError } from '../i18n/errors.js';
import { wordsFor } from '../i18n/langs.js';
import type { IO } from './io.js';
import { saveFiles, withFileLocks, type PlannedWrite } from './save-files.js';
import { readDataSources, type Workspace } from '../workspace/open-workspace.js';

/** One change as `p06 set` and friends print it (SPEC §15's edit document). */
export interface EditChange {
  file: string;
  line: number;
  task: string;
  key: string;
  from: unknown;
  to: unknown;
}

/** What a command does to one file: `apply` runs on the file's text as read under the lock. */
export interface FileEdit {
  file: string;
  /** The ids of the tasks it edits or adds (the promise rules are checked for them). */
  ids(): readonly string[];
  apply(text: string): { text: string; changes: (Omit<EditChange, 'file'>)[] };
}

/** Text with its BOM kept (the loader drops it for parsing; an edit must give it back). */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function textOf(source: SourceFile): string {
  if (source.bytes === undefined) throw sayUserError((w) => w.edit.cannotEdit(source.file, source.error));
  try {
    return decoder.decode(source.bytes);
  } catch {
    throw sayUserError((w) => w.edit.notUtf8(source.file));
  }
}

/**
 * The dataset as read now, checked and validated (completion dates against
 * --as-of, else today, as `p06 validate` checks them). A file whose bytes
 * are those of the cached check is not parsed again: its check is reused.
 */
export async function readChecked(ws: Workspace): Promise<{ sources: SourceFile[]; checked: Checked }> {
  const sources = readDataSources(ws);
  const known = knownChecks(ws.cache.get(editChecksKey(ws), isEditChecks)?.files ?? []);
  return { sources, checked: checkDataset(sources, ws.settings.maxFileBytes, editOptions(ws), known) };
}

/** The options an edit validates with (as it always has: require_leader is left to `validate`). */
const editOptions = (ws: Workspace) => ({ agencies: ws.settings.agencies, asOf: ws.asOf });

/**
 * One cache entry per data folder holds each file's own check with the
 * digest of the bytes it was made from; a file whose bytes differ is parsed
 * and checked again, so the entry can be old without being wrong.
 */
function editChecksKey(ws: Workspace): string {
  return hashKey([VERSION, BUILD, 'edit-checks', ws.dataDir, JSON.stringify({ max: ws.settings.maxFileBytes, requireLeader: false })]);
}

function keepChecks(ws: Workspace, checked: Checked, previous?: Checked): void {
  ws.cache.set(editChecksKey(ws), { files: storedChecks(checked, previous) });
}

/** The file that writes task `id` (valid or not), or a UserError naming the nearest id. */
export function fileOfTask(checked: Checked, id: string): string {
  const all = new Set<string>();
  for (const f of checked.files) {
    for (const t of f.facts.ids) {
      if (t === id) return f.source.file;
      all.add(t);
    }
  }
  const near = closest(id, all);
  throw sayUserError((w) => w.edit.noTask(id, near));
}

const MAX_ROUNDS = 5;

/**
 * Reads, edits, judges and writes: the one path every editing command takes.
 * `plan` sees the dataset as read and says what to do to which files; the
 * files are then locked, read again (if another p06 changed them meanwhile,
 * the plan is made again on what they hold now), edited, and the whole
 * dataset validated with the edit; nothing is written if that shows an error.
 */
export async function runEditSession(ws: Workspace, io: IO, json: boolean, plan: (checked: Checked) => FileEdit[]): Promise<number> {
  const words = await wordsFor(ws.lang);
  for (let round = 1; ; round++) {
    const first = await readChecked(ws);
    const firstEdits = plan(first.checked);
    const locked = new Set(firstEdits.map((e) => e.file));
    const outcome = await withFileLocks(
      firstEdits.map((e) => ({ file: e.file, path: resolve(ws.cwd, e.file) })),
      async () => {
        let state = first;
        let edits = firstEdits;
        // Another p06 wrote these files while this one waited for the lock: plan again on what they hold now, still holding it.
        if (edits.some((e) => !sameBytes(readSource(resolve(ws.cwd, e.file), ws.cwd, ws.settings.maxFileBytes).bytes, sourceOf(state.sources, e.file).bytes))) {
          state = await readChecked(ws);
          edits = plan(state.checked);
          if (edits.some((e) => !locked.has(e.file))) return 'again' as const;
        }
        const targets = edits.map((e) => ({ edit: e, source: sourceOf(state.sources, e.file), path: resolve(ws.cwd, e.file) }));
        return commit(ws, io, json, words, state.checked, state.sources, targets);
      },
    );
    if (outcome !== 'again') return outcome;
    if (round >= MAX_ROUNDS) throw sayUserError((w) => w.edit.keptChanging);
  }
}

function sourceOf(sources: readonly SourceFile[], file: string): SourceFile {
  const source = sources.find((s) => s.file === file);
  if (source === undefined) throw sayUserError((w) => w.edit.goneFromData(file));
  return source;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

async function commit(
  ws: Workspace,
  io: IO,
  json: boolean,
  words: Words,
  before: Checked,
  sources: SourceFile[],
  targets: { edit: FileEdit; source: SourceFile; path: string }[],
): Promise<number> {
  const changes: EditChange[] = [];
  const writes: PlannedWrite[] = [];
  const replaced = new Map<string, Uint8Array>();
  for (const { edit, source, path } of targets) {
    let result;
    try {
      result = edit.apply(textOf(source));
    } catch (error) {
      if (error instanceof EditError) throw sayUserError((w) => w.edit.inFile(source.file, errorText(error, w)));
      throw error;
    }
    const bytes = new Uint8Array(Buffer.from(result.text, 'utf8'));
    replaced.set(source.file, bytes);
    writes.push({ path, file: source.file, read: source.bytes!, write: bytes });
    changes.push(...result.changes.map((c) => ({ file: source.file, ...c })));
  }
  const afterSources = new Map(sources.filter((s) => replaced.has(s.file)).map((s) => [s.file, { ...s, bytes: replaced.get(s.file)!, size: replaced.get(s.file)!.length }]));
  const after = recheckDataset(before, afterSources, ws.settings.maxFileBytes, editOptions(ws));
  const ids = new Set(targets.flatMap((t) => t.edit.ids()));
  const verdict = judgeEdit(before, after, new Set(replaced.keys()), ids);
  if (verdict.blocking.length > 0) {
    io.stderr.write(problemLines(verdict.blocking, words));
    for (const p of verdict.blocking) {
      if (p.rule === 'unrecorded-extension' && p.task !== undefined) io.stderr.write(`${words.edit.recordExtension(oneLine(p.task))}\n`);
    }
    io.stderr.write(`${words.edit.nothingWritten(verdict.blocking.length)}\n`);
    // Nothing written: the files as read are what the next run finds.
    if (before.files.some((f) => f.fresh)) keepChecks(ws, before);
    throw new SilentError(EXIT.invalid);
  }
  await saveFiles(writes);
  // One write of the entry per edit: the next edit finds every file's check ready, the written files' too.
  keepChecks(ws, after, before);
  io.stdout.write(json ? editJson(changes) : changes.map((c) => changeLine(c, words)).join(''));
  if (verdict.warnings.length > 0) io.stderr.write(problemLines(verdict.warnings, words));
  return EXIT.ok;
}

/** `data/moj.yaml:19: MOJ-02 status in_progress → done`; a new task: `data/moj.yaml:78: MOJ-07 added`. */
export function changeLine(c: EditChange, words: Words = en): string {
  const at = `${oneLine(c.file)}:${c.line}: ${oneLine(c.task)}`;
  const shown = (value: unknown) => shownValue(value, words);
  if (c.key === 'id' && c.from === undefined) return `${at} ${words.edit.added}\n`;
  if (c.key === 'extensions' && c.from === undefined && typeof c.to === 'object' && c.to !== null && !Array.isArray(c.to)) {
    const e = c.to as { from: unknown; reason: unknown; approved?: unknown };
    // The entry as review words it; the approval date as the reader writes a day.
    const approved = e.approved === undefined ? undefined : typeof e.approved === 'string' && parseDay(e.approved) !== undefined ? words.day(parseDay(e.approved)!) : shown(e.approved);
    return `${at} ${words.edit.extensionAdded(words.review.extension(shown(e.from), shown(e.reason), approved))}\n`;
  }
  return `${at} ${c.key} ${shown(c.from)} → ${shown(c.to)}\n`;
}

/** A field's value as written in the file; an absent one in the reader's words. */
function shownValue(value: unknown, words: Words): string {
  const shown = (v: unknown) => shownValue(v, words);
  if (value === undefined || value === null) return words.edit.none;
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
  if (typeof value === 'object') {
    const e = value as { from?: unknown; reason?: unknown; approved?: unknown };
    return `{from ${shown(e.from)}, reason ${shown(e.reason)}${e.approved === undefined ? '' : `, approved ${shown(e.approved)}`}}`;
  }
  return oneLine(String(value));
}

export function editJson(changes: readonly EditChange[]): string {
  const nul = (v: unknown) => (v === undefined ? null : v);
  return safeJson({ schema_version: 1, kind: 'edit', changes: changes.map((c) => ({ file: c.file, line: c.line, task: c.task, key: c.key, from: nul(c.from), to: nul(c.to) })) }) + '\n';
}

/** Field changes of one task, as session changes. */
export function taskChanges(task: string, changes: readonly FieldChange[]): Omit<EditChange, 'file'>[] {
  return changes.map((c) => ({ line: c.line, task, key: c.key, from: c.from, to: c.to }));
}
