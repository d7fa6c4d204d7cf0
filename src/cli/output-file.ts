import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError, UserError } from './errors.js';
import type { IO } from './io.js';

/**
 * Bytes (a workbook) on a terminal would be noise that can upset it: ask for
 * --output instead, before any work is done. Piped or redirected, they go to
 * stdout as asked.
 */
export function refuseBinaryOnTerminal(format: string, binary: boolean, output: string | undefined, io: IO): void {
  if (binary && output === undefined && io.stdout.isTTY) {
    throw new UsageError(`--format ${format} writes a file, not text for the terminal: give --output FILE (or redirect: > report.${format})`);
  }
}

/**
 * Writes a command's output to --output FILE (relative to the working
 * directory), or to stdout without it. The file is written beside its
 * destination under a temporary name and renamed into place, so a reader
 * never sees half a file and a failed run leaves the old one whole.
 */
export async function writeOutput(out: string | Uint8Array, output: string | undefined, io: IO): Promise<void> {
  if (output === undefined) {
    io.stdout.write(out);
    return;
  }
  const path = resolve(io.cwd, output);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, out);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such folder' : e.code === 'EISDIR' ? 'it is a folder' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message;
    throw new UserError(`cannot write ${output}: ${why}`);
  }
}
