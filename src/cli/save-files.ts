import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.js';

// Writing edited files safely. Two p06 processes editing one file take turns
// through a lock file beside it (created with O_EXCL, so only one can hold
// it); a change made by anything else between reading and writing is
// caught by comparing the bytes again just before the rename, and refused.
// The write itself is write-file-atomic's: a temporary file in the same
// folder, flushed with fsync, mode and owner kept, renamed over the original.

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
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lock);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`cannot lock ${display} for editing (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
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
      throw new UserError(`${display} is being edited by another p06 (process ${holder ?? '?'}); nothing was written: try again, or delete ${basename(lock)} if no p06 is running`);
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
 * Writes every file, or none if any changed on disk since it was read.
 * write-file-atomic is loaded here, lazily: only an edit pays for it.
 */
export async function saveFiles(writes: readonly PlannedWrite[]): Promise<void> {
  const moved = writes.filter((w) => !unchangedOnDisk(w));
  if (moved.length > 0) {
    throw new UserError(`${moved.map((w) => w.file).join(', ')} changed on disk while p06 was editing; nothing was written, so no one's change is lost: run the command again`);
  }
  const { default: writeFileAtomic } = await import('write-file-atomic');
  for (const w of writes) await writeFileAtomic(w.path, Buffer.from(w.write), { fsync: true });
}
