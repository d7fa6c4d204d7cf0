import { spawnSync } from 'node:child_process';
import { sep } from 'node:path';

// One way to run git for both readers of revisions (review's and the
// meeting pack's history): its output, or one line saying why not.

/** A failed run that did run carries its exit status and what it printed before failing. */
export type GitRun = { ok: true; stdout: Buffer } | { ok: false; message: string; notFound: boolean; status?: number | null; stdout?: Buffer };

export interface GitOptions {
  input?: Buffer;
  maxBuffer: number;
  /** What to say when git itself is missing: which command needs it. */
  notInstalled: string;
}

export function runGit(cwd: string, args: string[], options: GitOptions): GitRun {
  const run = spawnSync('git', args, { cwd, input: options.input, maxBuffer: options.maxBuffer, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  if (run.error !== undefined) {
    const notFound = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, notFound, message: notFound ? options.notInstalled : `git ${args[0]} failed: ${run.error.message}` };
  }
  if (run.status !== 0) {
    const said = run.stderr.toString('utf8').split('\n').find((l) => l.trim() !== '');
    return { ok: false, notFound: false, status: run.status, stdout: run.stdout, message: said?.trim() ?? `git ${args[0]} exited with ${run.status ?? run.signal}` };
  }
  return { ok: true, stdout: run.stdout };
}

/** A path as git writes it, with forward slashes. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Output whose last line is a fixed word or id, after a path that may itself
 * hold line breaks (`rev-parse --show-prefix` then another answer): the path,
 * as git printed it, and the last line.
 */
export function pathThenLastLine(out: Buffer): [string, string] {
  const text = out.toString('utf8').replace(/\n$/, '');
  const cut = text.lastIndexOf('\n');
  return [text.slice(0, cut), text.slice(cut + 1)];
}
