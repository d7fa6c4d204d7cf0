import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { GIT_ENV } from './git-env.js';

// A test's own git commands (init, add, commit, tag, rev-parse) run one after
// another in one shell, started once from the test worker. On the two-core
// machines the suite runs on, a process started by node costs about 14 ms of
// CPU more than one started by a shell (node forks itself, a large process,
// and the copy of its page tables is torn down again at exec), so a
// repository built with four commands costs one node start instead of four.
// The arguments are the shell's positional parameters, never spliced into
// the script, so a name or message with any characters is passed unchanged.
// The shell stops at the first command that fails (set -e), and the error
// names it as execFile's does.

const run = promisify(execFile);

function script(steps: readonly (readonly string[])[]): string[] {
  let n = 0;
  const lines = steps.map((args) => `git ${args.map(() => `"\${${++n}}"`).join(' ')}`);
  return ['-c', `set -e\n${lines.join('\n')}`, 'sh', ...steps.flat()];
}

/** Runs git with each step's arguments in `dir`, in order; what they printed, trimmed. */
export function gitSteps(dir: string, steps: readonly (readonly string[])[], env: NodeJS.ProcessEnv = GIT_ENV): string {
  return execFileSync('sh', script(steps), { cwd: dir, env, encoding: 'utf8' }).trim();
}

/** gitSteps without blocking the worker, so that concurrent tests overlap their repositories. */
export async function gitStepsAsync(dir: string, steps: readonly (readonly string[])[], env: NodeJS.ProcessEnv = GIT_ENV): Promise<string> {
  return (await run('sh', script(steps), { cwd: dir, env, encoding: 'utf8' })).stdout.trim();
}

/** A new repository whose branch is main. */
export const INIT: readonly string[] = ['init', '-q', '-b', 'main'];

/** Everything in the folder committed: no hooks run, and a commit with nothing new is still made. */
export const commitSteps = (message: string): string[][] => [['add', '-A'], ['commit', '-q', '--no-verify', '--allow-empty', '-m', message]];

/** A test repository's usual start: a new repository on main with the whole folder in its first commit. */
export const newRepository = (message = 'base'): (readonly string[])[] => [INIT, ...commitSteps(message)];
