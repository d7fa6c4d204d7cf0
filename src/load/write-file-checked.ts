import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError, type Wording } from '../domain/errors.js';
import { en, type Words } from '../i18n/en.js';

// Writing a whole file so that it is either all there or not changed at all.
// write(2) may write fewer bytes than asked (a disk that fills up part way,
// a file-size limit) and says so only in its count; a writer that ignores
// the count renames a truncated file over a good one. Here every write is
// repeated until all bytes are down, a write that makes no progress is a
// full disk, and the temporary file is renamed over the original only once
// it is complete and flushed. Any failure removes the temporary file.

/** A file could not be written; the message names it and says why in words. */
export class WriteFailure extends UserError {
  override name = 'WriteFailure';
  constructor(
    readonly display: string,
    readonly code: string | undefined,
  ) {
    super(`cannot write ${display}: ${writeReason(code)}`, ((w: Words) => w.write.cannotWrite(display, w.write.reason(code))) as Wording);
  }
}

/** An errno code in words, for a one-line message. */
export function writeReason(code: string | undefined): string {
  return en.write.reason(code);
}

/** Writes all of `bytes` to `fd`, or throws: a write that makes no progress is a full disk. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error('no progress writing'), { code: 'ENOSPC' });
    done += n;
  }
}

export interface StagedFile {
  /** Renames the complete temporary file over the destination. */
  commit(): void;
  /** Removes the temporary file (after a failure elsewhere). */
  abort(): void;
}

export interface StageOptions {
  /** The name to give in messages (a path relative to the working folder). */
  display: string;
  /** Flush to the disk before the rename (data files: yes; a cache entry: no). */
  fsync?: boolean;
  /** Mode of a new file (before the umask); an existing file keeps its own mode and owner. */
  mode?: number;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Writes `bytes` completely to a temporary file beside `path` (same folder,
 * so the rename is atomic) and returns how to put it in place. Throws a
 * WriteFailure, with nothing left behind, when the bytes cannot all be
 * written and flushed.
 */
export function stageFile(given: string, bytes: Uint8Array, options: StageOptions): StagedFile {
  // A file reached through a symbolic link is written where the link points; the link stays a link.
  let path = given;
  try {
    path = realpathSync(given);
  } catch {
    // a new file
  }
  let existing: { mode: number; uid: number; gid: number } | undefined;
  try {
    const st = statSync(path);
    existing = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } catch {
    existing = undefined;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const remove = () => {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already gone
    }
  };
  try {
    writeNew(temp, bytes, existing?.mode ?? options.mode ?? 0o666, options.fsync !== false, (fd) => {
      if (existing === undefined) return;
      fchmodSync(fd, existing.mode);
      // Only root can give a file to another owner; anyone else writes a file they own, as an editor would.
      if (process.getuid?.() === 0) chownSync(temp, existing.uid, existing.gid);
    });
  } catch (error) {
    remove();
    throw new WriteFailure(options.display, codeOf(error));
  }
  let placed = false;
  return {
    commit() {
      try {
        renameSync(temp, path);
        placed = true;
      } catch (error) {
        remove();
        throw new WriteFailure(options.display, codeOf(error));
      }
      if (options.fsync !== false) syncFolder(dirname(path));
    },
    abort() {
      if (!placed) remove();
    },
  };
}

/** The rename itself is durable only once the folder is flushed; a system that cannot do that (Windows) still has the file. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Creates `path` (refusing one that exists), lets `opened` prepare it, writes
 * every byte, syncs if asked and closes it. On an error the descriptor is
 * closed too, and the error thrown is the first one.
 */
function writeNew(path: string, bytes: Uint8Array, mode: number, fsync: boolean, opened: (fd: number) => void): void {
  const fd = openSync(path, 'wx', mode);
  try {
    opened(fd);
    writeAll(fd, bytes);
    if (fsync) fsyncSync(fd);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // the write error is the one to report
    }
    throw error;
  }
  closeSync(fd);
}

/** Stages and commits one file: it is complete on disk, or unchanged, and a WriteFailure says which file and why. */
export function writeFileChecked(path: string, bytes: Uint8Array, options: StageOptions): void {
  stageFile(path, bytes, options).commit();
}

/**
 * Creates a new file with all of `bytes`, refusing one that exists (EEXIST).
 * On a failure the part written is removed again: the file is whole or absent.
 */
export function createFileChecked(path: string, bytes: Uint8Array, options: StageOptions): void {
  let created = false;
  try {
    writeNew(path, bytes, options.mode ?? 0o666, options.fsync !== false, () => {
      created = true;
    });
  } catch (error) {
    if (created) {
      try {
        unlinkSync(path);
      } catch {
        // gone already
      }
    }
    throw new WriteFailure(options.display, codeOf(error));
  }
}
