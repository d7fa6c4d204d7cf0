import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { findDataFiles, type MisnamedFile } from './find-data-files.js';

/** One file's bytes as they came from disk (or, later, from a git revision). */
export interface SourceFile {
  /** Display path: relative to the working directory, with / separators. */
  file: string;
  size: number;
  /** Absent when the file is over the size limit: it is never read whole. */
  bytes?: Uint8Array;
  /** Why the file could not be read (permissions, a folder where a file was expected). */
  error?: string;
}

/**
 * What a source contributes to a cache key: its path, size, read error and
 * bytes. The error matters: an empty file and an unreadable one both have no
 * bytes, and must not share an entry.
 */
export function sourceKeyParts(s: SourceFile): (string | Uint8Array)[] {
  return [s.file, String(s.size), s.error ?? '', s.bytes ?? ''];
}

export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The most bytes one run reads from a data directory or a revision. The YAML
 * parser needs tens of times a file's size in memory; past this, a run would
 * need gigabytes (one 1 MiB file under 2,000 names once aborted node).
 */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/**
 * A review parses two datasets, the base and the head, and keeps more of
 * each: each may have half. Measured, a review of two 31 MiB sides peaks at
 * 2.8 GB; at 64 MiB a side it would pass Node's default 4 GB heap and abort.
 */
export const REVIEW_SIDE_BYTES = MAX_TOTAL_BYTES / 2;

const OVER_TOTAL = 'the data files together are over ';

/** Why a file past the total limit was not read. */
export function overTotal(maxTotal: number, side = false): string {
  return `${OVER_TOTAL}${formatBytes(maxTotal)}, the most p06 reads ${side ? 'of each side of a review' : 'in one run'}`;
}

/** A read error that says the file was left unread for the total, not for itself. */
export const isOverTotal = (why: string): boolean => why.startsWith(OVER_TOTAL);

export const MISNAMED = 'the file name is not valid UTF-8; rename the file';

/** A data file found under the folder, not read yet: its path, or why it cannot be read. */
export interface DataEntry {
  file: string;
  path?: string;
  error?: string;
}

/**
 * Every data file under `dir`, in display order, not read: a folder that
 * cannot be listed or a name that is not UTF-8 is an entry with its error,
 * so that each is reported rather than silently skipped.
 */
export function listDataDir(dir: string, cwd: string): DataEntry[] {
  const unlisted: string[] = [];
  const misnamed: MisnamedFile[] = [];
  const entries: DataEntry[] = findDataFiles(dir, unlisted, misnamed).map((path) => ({ file: displayPath(cwd, path), path }));
  for (const folder of unlisted) entries.push({ file: displayPath(cwd, folder), error: 'the folder cannot be listed' });
  for (const { shown } of misnamed) entries.push({ file: displayPath(cwd, shown), error: MISNAMED });
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One entry's source; with a `budget`, read only while the bytes read so far stay within it. */
export function readEntry(entry: DataEntry, cwd: string, maxBytes: number, budget?: Budget): SourceFile {
  return entry.path === undefined ? { file: entry.file, size: 0, error: entry.error ?? 'cannot be read' } : readSource(entry.path, cwd, maxBytes, budget);
}

/** A fresh budget of `total` bytes. */
export const budgetOf = (total: number, side = false): Budget => ({ left: total, total, side });

/**
 * Reads every data file under `dir` at once (for the editing commands and a
 * review, which keep every file); a file larger than `maxBytes` is only
 * measured, a file that would take the total past `maxTotal` is not read.
 */
export function readDataDir(dir: string, cwd: string, maxBytes: number, maxTotal = MAX_TOTAL_BYTES, side = false): SourceFile[] {
  const budget = budgetOf(maxTotal, side);
  return listDataDir(dir, cwd).map((e) => readEntry(e, cwd, maxBytes, budget));
}

/** What is left of the bytes one run may read, out of `total`. */
export interface Budget {
  left: number;
  total: number;
  /** One side of a review (said in the message). */
  side?: boolean;
}

/** Reads one file; with a `budget`, only while the bytes read so far stay within it. */
export function readSource(path: string, cwd: string, maxBytes: number, budget?: Budget): SourceFile {
  const file = displayPath(cwd, path);
  try {
    return readOpen(path, file, maxBytes, budget);
  } catch (error) {
    // Not a crash: the file is reported and every other file is still checked.
    return { file, size: 0, error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

function readOpen(path: string, file: string, maxBytes: number, budget: Budget | undefined): SourceFile {
  // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { file, size: 0, error: 'not a regular file' };
    const size = stat.size;
    if (size > maxBytes) return { file, size };
    if (budget !== undefined) {
      if (size > budget.left) return { file, size, error: overTotal(budget.total, budget.side) };
      budget.left -= size;
    }
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { file, size, bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
