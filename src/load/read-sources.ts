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

/** Reads every data file under `dir`; a file larger than `maxBytes` is only measured. */
export function readDataDir(dir: string, cwd: string, maxBytes: number): SourceFile[] {
  return findDataFiles(dir).map((path) => readSource(path, cwd, maxBytes));
}

export function readSource(path: string, cwd: string, maxBytes: number): SourceFile {
  const file = displayPath(cwd, path);
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
