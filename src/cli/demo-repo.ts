import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DemoCommit } from '../edit/replay-timeline.js';
import { UserError } from './errors.js';
import { sayUserError } from '../i18n/errors.js';

export interface DemoRepoOptions {
  dir: string;
  /** The data directory's name inside the repository. */
  dataDir: string;
  /** The p06.yaml written at the top, committed with the first commit. */
  config: string;
  /** The zone the commits' times are written in, as an offset (+07:00). */
  offset: string;
  /** The environment git runs in (its configuration, PATH). */
  env: Readonly<Record<string, string | undefined>>;
}

const AUTHOR = { name: 'Project 06 secretariat', email: 'secretariat@p06.invalid' };

/**
 * Writes the commits into a new git repository at `dir`, each dated as the
 * timeline says (author and committer), and tags the meetings. Refuses a
 * folder that exists and is not empty: the demo never writes over anything.
 */
export function writeDemoRepo(commits: readonly DemoCommit[], options: DemoRepoOptions): void {
  const { dir } = options;
  if (existsSync(dir) && readdirSync(dir).length > 0) throw sayUserError((w) => w.errors.demoNotEmpty(dir));
  mkdirSync(dir, { recursive: true });
  const run = (args: string[], env: Record<string, string> = {}) => git(dir, args, { ...options.env, ...env });
  run(['init', '--quiet', '--initial-branch=main']);
  writeFileSync(join(dir, 'p06.yaml'), options.config);
  const data = join(dir, options.dataDir);
  for (const commit of commits) {
    // Each commit is the whole data directory as it stood: files gone from the timeline are gone from the tree.
    rmSync(data, { recursive: true, force: true });
    for (const f of commit.files) {
      const path = join(data, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
    }
    const when = `${commit.day}T${commit.time}:00${options.offset}`;
    const env = { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: AUTHOR.name, GIT_AUTHOR_EMAIL: AUTHOR.email, GIT_COMMITTER_NAME: AUTHOR.name, GIT_COMMITTER_EMAIL: AUTHOR.email };
    run(['add', '--all'], env);
    run(['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--allow-empty', '--no-verify', '-m', commit.message], env);
    if (commit.tag !== undefined) run(['-c', 'tag.gpgsign=false', 'tag', '-a', commit.tag, '-m', commit.message], env);
  }
}

function git(cwd: string, args: string[], env: Readonly<Record<string, string | undefined>>): void {
  const run = spawnSync('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  if (run.error !== undefined) {
    if ((run.error as NodeJS.ErrnoException).code === 'ENOENT') throw sayUserError((w) => w.errors.demoNoGit());
    throw new UserError(`git ${args[0]} failed: ${run.error.message}`);
  }
  if (run.status !== 0) throw new UserError(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed in ${cwd}: ${run.stderr.toString('utf8').trim().split('\n')[0] ?? ''}`);
}
