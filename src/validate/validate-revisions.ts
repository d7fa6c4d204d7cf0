import { parseSource, renamed, type LoadedFile } from '../load/parse-source.js';
import type { SourceFile } from '../load/read-sources.js';
import type { Position } from '../domain/problem.js';
import { checkFile, validateChecked, type CheckedFile, type ValidateOptions, type Validation } from './validate-dataset.js';

/** A data file at a revision, named by its content: the same blob at the same path is the same file. */
export interface RevisionFile {
  file: string;
  oid: string;
}

/** A file's check as JSON can hold it, for the cache. */
export interface StoredCheck {
  file: string;
  result: CheckedFile['result'];
  positions: [string, Position][];
  recoveredCode?: string;
}

export const revisionKey = (f: RevisionFile) => `${f.oid}\0${f.file}`;

/**
 * Validation of many revisions of one data directory. Each blob is parsed
 * and checked once, however many revisions hold it (a year of weekly samples
 * shares most files), or not at all when `known` (the cache, keyed by blob
 * id and path) already has it; the cross-file rules then run per revision,
 * once for each distinct set of files.
 */
export function revisionValidator(maxBytes: number, options: ValidateOptions, known: ReadonlyMap<string, StoredCheck> = new Map()) {
  const checked = new Map<string, CheckedFile>();
  const fresh = new Map<string, StoredCheck>();
  const validated = new Map<string, Validation>();
  const has = (key: string) => checked.has(key) || known.has(key);
  let last: { bytes: Uint8Array; loaded: LoadedFile } | undefined;
  return {
    /** Of these files, those not checked yet (each once). */
    missing(files: readonly RevisionFile[]): RevisionFile[] {
      const out = new Map<string, RevisionFile>();
      for (const f of files) if (!has(revisionKey(f))) out.set(revisionKey(f), f);
      return [...out.values()];
    },
    /**
     * Checks one file from its source. The names of one blob come one after
     * another with the same bytes: the blob is parsed once and each name
     * checked from that parse.
     */
    take(f: RevisionFile, source: SourceFile): void {
      const key = revisionKey(f);
      if (has(key)) return;
      let loaded: LoadedFile;
      if (last !== undefined && source.bytes !== undefined && source.error === undefined && last.bytes === source.bytes) loaded = renamed(last.loaded, source.file);
      else {
        loaded = parseSource(source, maxBytes);
        last = source.bytes === undefined || source.error !== undefined ? undefined : { bytes: source.bytes, loaded };
      }
      const check = checkFile(loaded, options);
      checked.set(key, check);
      fresh.set(key, { file: check.file, result: check.result, positions: [...check.positions], ...(check.recoveredCode === undefined ? {} : { recoveredCode: check.recoveredCode }) });
    },
    /** The validation of one revision; every file must have been prepared. */
    validate(files: readonly RevisionFile[]): Validation {
      const keys = files.map(revisionKey);
      const id = [...keys].sort().join('\n');
      let v = validated.get(id);
      if (v === undefined) {
        v = validateChecked(keys.map(checkOf), options);
        validated.set(id, v);
      }
      return v;
    },
    /**
     * The records of one revision without the cross-file rules, for a trend
     * that only counts: what each file holds, the first file of a ministry
     * code winning as in validation.
     */
    records(files: readonly RevisionFile[]): Pick<Validation, 'ministries' | 'tasks'> {
      const results = files.map((f) => checkOf(revisionKey(f)).result);
      const seen = new Set<string>();
      const ministries = results.flatMap((r) => (r.ministry === undefined || seen.has(r.ministry.code) ? [] : (seen.add(r.ministry.code), [r.ministry])));
      return { ministries, tasks: results.flatMap((r) => r.tasks) };
    },
    /** The checks made in this run, to keep for the next. */
    fresh: (): ReadonlyMap<string, StoredCheck> => fresh,
  };

  function checkOf(key: string): CheckedFile {
    let c = checked.get(key);
    if (c === undefined) {
      const stored = known.get(key)!;
      c = { file: stored.file, result: stored.result, positions: new Map(stored.positions), ...(stored.recoveredCode === undefined ? {} : { recoveredCode: stored.recoveredCode }) };
      checked.set(key, c);
    }
    return c;
  }
}

export type RevisionValidator = ReturnType<typeof revisionValidator>;

/** The history cache entry's shape, checked before use: a damaged or foreign entry is ignored, never trusted. */
export function isStoredChecks(value: unknown): value is { checks: [string, StoredCheck][] } {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { checks?: unknown }).checks)) return false;
  return (value as { checks: unknown[] }).checks.every((entry) => {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
    const c = entry[1] as Partial<StoredCheck> | null;
    const r = c?.result as Partial<StoredCheck['result']> | undefined;
    return typeof c === 'object' && c !== null && typeof c.file === 'string' && Array.isArray(c.positions) && typeof r === 'object' && r !== null && Array.isArray(r.tasks) && Array.isArray(r.problems) && Array.isArray(r.ids);
  });
}
