import { resolve } from 'node:path';
import { writeFileChecked } from '../load/write-file-checked.js';
import { sayUsageError } from '../i18n/errors.js';
import type { IO } from './io.js';

/**
 * Bytes (a workbook) on a terminal would be noise that can upset it: ask for
 * --output instead, before any work is done. Piped or redirected, they go to
 * stdout as asked.
 */
export function refuseBinaryOnTerminal(format: string, binary: boolean, output: string | undefined, io: IO): void {
  if (binary && output === undefined && io.stdout.isTTY) {
    throw sayUsageError((w) => w.write.binaryOnTerminal(format));
  }
}

/**
 * Writes a command's output to --output FILE (relative to the working
 * directory), or to stdout without it. The file is written whole beside its
 * destination under a temporary name and renamed into place (checked writes,
 * src/load/write-file-checked.ts), so a reader never sees half a file and a
 * failed run (a full disk, a missing folder) leaves the old one whole.
 */
export async function writeOutput(out: string | Uint8Array, output: string | undefined, io: IO): Promise<void> {
  if (output === undefined) {
    io.stdout.write(out);
    return;
  }
  writeFileChecked(resolve(io.cwd, output), typeof out === 'string' ? Buffer.from(out, 'utf8') : out, { display: output, fsync: false });
}
