import { fstatSync, readlinkSync } from 'node:fs';
import { writeAll } from '../load/write-file-checked.js';
import { relative, sep } from 'node:path';
import type { Lang } from '../i18n/langs.js';
import type { Day } from '../domain/calendar.js';
import { todayInZone } from './zone-today.js';

/** Everything the CLI touches outside itself, so tests can pass buffers, a fixed clock and env. */
export interface Stream {
  write(text: string | Uint8Array): void;
  isTTY: boolean;
  columns?: number;
  /**
   * Resolves once everything written has reached the system, with the error
   * that stopped it if one did (a full disk, a reader that went away).
   * Buffers in tests never fail and have none.
   */
  settled?(): Promise<NodeJS.ErrnoException | undefined>;
  /** What the stream is written to, for a message: a file's path, else undefined. */
  target?(): string | undefined;
}

export interface IO {
  stdout: Stream;
  stderr: Stream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
  /**
   * Today's date in a time zone at an instant; without it, Intl's. The real
   * process gives a cheaper road to the same date (zone-today.ts); tests keep Intl's.
   */
  todayIn?(zone: string | undefined, now: Date): Day;
  /** The language the run settled on (--lang, else p06.yaml's `lang:`), once a workspace is open: errors are said in it. */
  lang?: Lang;
}

function stream(s: NodeJS.WriteStream, fd: number, cwd: string): Stream {
  // `p06 list | head`: the reader may go away before everything is written;
  // `p06 list > minutes.md` on a full disk: the system stops taking bytes.
  // Either way stop writing and remember why: main() waits for every write to
  // be settled and turns a failure into a message and an exit code (an
  // unhandled error would end the process with a stack trace).
  let failure: NodeJS.ErrnoException | undefined;
  let pending = 0;
  const waiting: (() => void)[] = [];
  const settle = () => {
    if (pending === 0 || failure !== undefined) for (const done of waiting.splice(0)) done();
  };
  s.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error;
    settle();
  });
  return {
    write: (text) => {
      if (failure !== undefined) return;
      pending++;
      s.write(text, (error) => {
        pending--;
        if (error) failure ??= error;
        settle();
      });
    },
    get isTTY() {
      return s.isTTY === true;
    },
    get columns() {
      return s.columns;
    },
    settled: () =>
      new Promise((done) => {
        waiting.push(() => done(failure));
        settle();
      }),
    target: () => fileBehind(fd, cwd),
  };
}

/** The file a descriptor was opened on (Linux names it under /proc), relative to the working folder when inside it. */
function fileBehind(fd: number, cwd: string): string | undefined {
  try {
    const path = readlinkSync(`/proc/self/fd/${fd}`);
    if (!path.startsWith('/')) return undefined;
    const rel = relative(cwd, path);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
  } catch {
    return undefined;
  }
}

/**
 * Output redirected to a file (or a device such as /dev/full). Node's own
 * stream for a file makes one write(2) per chunk and ignores how many bytes
 * it took, so a disk that fills up part way truncates the report in
 * silence; here every write is repeated until all bytes are down, and the
 * first failure is kept for main() to report.
 */
function fileStream(fd: number, cwd: string): Stream {
  let failure: NodeJS.ErrnoException | undefined;
  return {
    write: (text) => {
      if (failure !== undefined) return;
      try {
        writeAll(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
      } catch (error) {
        failure = error as NodeJS.ErrnoException;
      }
    },
    isTTY: false,
    settled: () => Promise.resolve(failure),
    target: () => fileBehind(fd, cwd),
  };
}

/** A terminal and a pipe are Node's streams; a file or a device is written directly, checked. */
function outputStream(s: NodeJS.WriteStream, fd: number, cwd: string): Stream {
  if (s.isTTY !== true) {
    try {
      const st = fstatSync(fd);
      if (st.isFile() || st.isCharacterDevice() || st.isBlockDevice()) return fileStream(fd, cwd);
    } catch {
      // no such descriptor: Node's stream deals with it
    }
  }
  return stream(s, fd, cwd);
}

export function nodeIO(): IO {
  const cwd = process.cwd();
  return {
    stdout: outputStream(process.stdout, 1, cwd),
    stderr: outputStream(process.stderr, 2, cwd),
    env: process.env,
    cwd,
    now: () => new Date(),
    todayIn: todayInZone,
  };
}
