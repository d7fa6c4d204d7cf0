import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// Issue #16 item 6: a review parses two datasets, so each side may read half
// of the 64 MiB one run reads (REVIEW_SIDE_BYTES): the review never needs more
// memory than reading one dataset. A file past a side's share is named as
// unreadable, on both sides, and the review fails rather than passing blind.

afterAll(removeTempDirs);

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' };
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, stdio: 'ignore' });

const MIB = 1024 * 1024;
/** A file of `mib` MiB that the parser reads quickly: comment lines, then one task. */
const big = (code: string, mib: number) => `${`# ${'x'.repeat(1021)}\n`.repeat(mib * 1024)}ministry: {code: ${code}, name: ${code}}\ntasks:\n  - {id: ${code}-1, title: T, owner: O, deadline: 2030, status: in_progress, result: R}\n`;

describe('the bytes a review reads', () => {
  it('each side reads at most 32 MiB: a third 12 MiB file is named on both sides, and the review fails', async () => {
    const dir = tempData({ 'p06.yaml': `timezone: UTC\nmax_file_bytes: ${16 * MIB}\n`, 'data/aa.yaml': big('AA', 12), 'data/bb.yaml': big('BB', 12), 'data/cc.yaml': big('CC', 12) });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    // validate reads one dataset: all 36 MiB.
    expect(await runMain(['validate', '--as-of', '2024-06-01', '--no-cache'], { cwd: dir })).toMatchObject({ exitCode: 0, stdout: '0 errors, 0 warnings in 3 files (3 tasks); configuration p06.yaml\n' });
    const r = await runMain(['review', '--base', 'main', '--as-of', '2024-06-01'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('data/cc.yaml'))).toEqual([
      'data/cc.yaml:1:1: error: this file cannot be read at main (cannot read the file (the data files together are over 32.0 MiB, the most p06 reads of each side of a review)); the review cannot check its tasks: fix it there first [file-unreadable]',
      'data/cc.yaml:1:1: error: cannot read the file (the data files together are over 32.0 MiB, the most p06 reads of each side of a review) [file-unreadable]',
      'data/cc.yaml:1:1: error: this file cannot be read, so the promises of its tasks (no deadline moved without its extension, no extension rewritten, no task reopened) were not checked; fix its syntax and review again [promises-unchecked]',
    ]);
  }, 120_000);
});
