import { openSync, readSync, closeSync, fstatSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { findDataFiles } from './find-data-files.js';

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
 * Reads every data file under `dir`; a file larger than `maxBytes` is only
 * measured, and a folder that cannot be listed becomes an unreadable source
 * so that it is reported rather than silently skipped.
 */
export function readDataDir(dir: string, cwd: string, maxBytes: number): SourceFile[] {
  const unlisted: string[] = [];
  const sources = findDataFiles(dir, unlisted).map((path) => readSource(path, cwd, maxBytes));
  for (const folder of unlisted) sources.push({ file: displayPath(cwd, folder), size: 0, error: 'the folder cannot be listed' });
  return sources;
}

export function readSource(path: string, cwd: string, maxBytes: number): SourceFile {
  const file = displayPath(cwd, path);
  try {
    return readOpen(path, file, maxBytes);
  } catch (error) {
    // Not a crash: the file is reported and every other file is still checked.
    return { file, size: 0, error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

function readOpen(path: string, file: string, maxBytes: number): SourceFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { file, size };
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
