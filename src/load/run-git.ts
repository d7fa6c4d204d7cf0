import { spawnSync } from 'node:child_process';
import { posix, relative, sep } from 'node:path';

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
 * Output whose last `count` lines are fixed words or ids, after a path that
 * may itself hold line breaks (`rev-parse --show-prefix` then other answers):
 * the path, as git printed it, then those lines.
 */
export function pathThenLastLines(out: Buffer, count: number): [string, ...string[]] {
  const lines = out.toString('utf8').replace(/\n$/, '').split('\n');
  return [lines.slice(0, -count).join('\n'), ...lines.slice(-count)];
}

/** A revision that git could read as an option, or as more than one line, is never passed to it. */
export const plausibleRev = (rev: string) => rev !== '' && !rev.startsWith('-') && !/[\0\n\r]/.test(rev);

/** Where a path is in the repository, from the working folder's place in it (`prefix`); undefined when outside it. */
export function pathInRepo(cwd: string, prefix: string, absolute: string): string | undefined {
  const inRepo = posix.normalize(posix.join(prefix, toPosix(relative(cwd, absolute))));
  return inRepo === '..' || inRepo.startsWith('../') || posix.isAbsolute(inRepo) ? undefined : inRepo;
}
