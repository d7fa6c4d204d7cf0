import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The git runs that `run` makes from this process, each as its first two
 * arguments, in order: a `git` first on PATH notes them and runs the real one.
 * p06 starts git with this process's PATH, so this is only for test files
 * whose tests do not run concurrently.
 */
export async function gitRunsOf(run: () => Promise<unknown>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'p06-git-runs-'));
  const path = process.env.PATH ?? '';
  const log = join(dir, 'runs.log');
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$1 $2" >> ${quote(log)}\nPATH=${quote(path)} exec git "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  process.env.PATH = `${dir}:${path}`;
  try {
    await run();
    try {
      return readFileSync(log, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  } finally {
    process.env.PATH = path;
    rmSync(dir, { recursive: true, force: true });
  }
}
