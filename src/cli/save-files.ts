import { closeSync, openSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stageFile, writeAll, WriteFailure, type StagedFile } from '../load/write-file-checked.js';
import { UserError } from './errors.js';
import { errorText, sayUserError } from '../i18n/errors.js';

// Writing edited files safely. Two p06 processes editing one file take turns
// through a lock file beside it (created with O_EXCL, so only one can hold
// it); a change made by anything else between reading and writing is
// caught by comparing the bytes again just before the rename, and refused.
// The write itself is stageFile's: every file complete in a temporary file
// in its folder (short writes repeated, a full disk an error), flushed, mode
// and owner kept, and only then all renamed over the originals.

const LOCK_WAIT_MS = 20_000;

export function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.p06-lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function acquire(path: string, display: string): Promise<() => void> {
  const lock = lockPath(path);
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeAll(fd, Buffer.from(String(process.pid)));
      } catch (error) {
        // A lock without its process id could never be recognised as left behind: take it away again.
        closeSync(fd);
        unlinkSync(lock);
        const code = (error as NodeJS.ErrnoException).code;
        throw sayUserError((w) => w.write.cannotLock(display, w.write.reason(code)));
      }
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lock);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw sayUserError((w) => w.write.cannotLock(display, w.write.reason(code)));
    }
    // A lock left by a p06 that was killed: its process is gone. Read twice, so a lock just taken by another p06 is not removed.
    const holder = readPid(lock);
    if (holder !== undefined && !alive(holder) && readPid(lock) === holder) {
      try {
        unlinkSync(lock);
      } catch {
        // Someone else cleared it first.
      }
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw sayUserError((w) => w.write.lockHeld(display, String(holder ?? '?'), basename(lock)));
    }
    await sleep(15 + Math.random() * 35);
  }
}

function readPid(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` holding the locks of `paths` (taken in sorted order, so two runs cannot wait on each other). */
export async function withFileLocks<T>(paths: readonly { path: string; file: string }[], work: () => Promise<T>): Promise<T> {
  const releases: (() => void)[] = [];
  const sorted = [...paths].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  try {
    for (const p of sorted) releases.push(await acquire(p.path, p.file));
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

export interface PlannedWrite {
  /** Absolute path. */
  path: string;
  /** Display path. */
  file: string;
  /** The bytes the edit was made on. */
  read: Uint8Array;
  write: Uint8Array;
}

/** True when the file on disk still holds exactly `read`. */
export function unchangedOnDisk(w: Pick<PlannedWrite, 'path' | 'read'>): boolean {
  try {
    if (statSync(w.path).size !== w.read.length) return false;
    return Buffer.from(readFileSync(w.path)).equals(Buffer.from(w.read));
  } catch {
    return false;
  }
}

/**
 * Writes every file, or none if any changed on disk since it was read or
 * any cannot be written whole (a full disk, a file-size limit): all are
 * staged completely before the first is put in place.
 */
export async function saveFiles(writes: readonly PlannedWrite[]): Promise<void> {
  const moved = writes.filter((w) => !unchangedOnDisk(w));
  if (moved.length > 0) {
    const files = moved.map((w) => w.file).join(', ');
    throw sayUserError((w) => w.write.changedOnDisk(files));
  }
  const staged: StagedFile[] = [];
  try {
    for (const w of writes) staged.push(stageFile(w.path, w.write, { display: w.file, fsync: true }));
  } catch (error) {
    for (const s of staged) s.abort();
    if (error instanceof WriteFailure) throw sayUserError((w) => w.write.nothingWritten(errorText(error, w)));
    throw error;
  }
  for (const [i, s] of staged.entries()) {
    try {
      s.commit();
    } catch (error) {
      for (const rest of staged.slice(i + 1)) rest.abort();
      const written = writes.slice(0, i).map((w) => w.file);
      if (error instanceof WriteFailure) throw sayUserError((w) => w.write.partlyWritten(errorText(error, w), written));
      throw error;
    }
  }
}
