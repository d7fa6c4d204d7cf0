import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { GIT_ENV } from '../helpers/git-env.js';
import { gitSteps, newRepository } from '../helpers/git-script.js';

// Issue #16 item 6: what one run reads from a revision is capped, counting
// every name a blob is committed under (each name is a file to parse and
// check). Past the cap a revision is refused in one line naming it and the
// cap, exit 1: never a crash, and never some files left unread. A review
// parses two datasets, so each side may read half of the 64 MiB one run
// reads (REVIEW_SIDE_BYTES); the history commands read 64 MiB per commit.

afterAll(removeTempDirs);

// Commits dated before --as-of, so the history commands read them.
const DATED = { ...GIT_ENV, GIT_COMMITTER_DATE: '2024-03-01T12:00:00Z', GIT_AUTHOR_DATE: '2024-03-01T12:00:00Z' };
const git = (dir: string, args: string[], input?: string) => execFileSync('git', args, { cwd: dir, env: DATED, input, maxBuffer: 64 * 1024 * 1024 }).toString('utf8').trim();

const MIB = 1024 * 1024;
/** A file of `mib` MiB that the parser reads quickly: comment lines, then one task. */
const big = (code: string, mib: number) => `${`# ${'x'.repeat(1021)}\n`.repeat(mib * 1024)}ministry: {code: ${code}, name: ${code}}\ntasks:\n  - {id: ${code}-1, title: T, owner: O, deadline: 2030, status: in_progress, result: R}\n`;
const small = (code: string) => `ministry: {code: ${code}, name: ${code}}\ntasks:\n  - {id: ${code}-1, title: T, owner: O, deadline: 2030, status: in_progress, result: R}\n`;

/** One 1 MiB blob listed under `names` names at HEAD, committed straight into the index (no copy on disk, as a hostile pull request would). */
function manyNames(dir: string, names: number): void {
  const oid = git(dir, ['hash-object', '-w', '--stdin'], big('BB', 1));
  const index = Array.from({ length: names }, (_, i) => `100644 ${oid}\tdata/copies/d${String(i).padStart(5, '0')}.yaml\n`).join('');
  git(dir, ['update-index', '--index-info'], index);
  git(dir, ['commit', '-qm', `one blob under ${names} names`]);
}

describe('the bytes read from a revision', () => {
  it('review --head: one 1 MiB blob under 5,000 names is refused in one line naming the revision and the cap; exit 1, fast', async () => {
    const dir = tempData({ 'p06.yaml': 'timezone: UTC\nmax_file_bytes: 2000000\n', 'data/aa.yaml': small('AA') });
    gitSteps(dir, [...newRepository(), ['tag', 'base']], DATED);
    manyNames(dir, 5000);
    const r = await runMain(['review', '--base', 'base', '--head', 'main', '--as-of', '2024-06-01'], { cwd: dir });
    expect(r).toMatchObject({
      exitCode: 1,
      stdout: '',
      stderr: 'p06: the data files at main come to 5000.6 MiB in 5001 files (a file committed under several names counts once per name), over the 32.0 MiB p06 reads of each side of a review\n',
    });
    // The same revision as the base: the same line, naming it.
    const asBase = await runMain(['review', '--base', 'main', '--head', 'base', '--as-of', '2024-06-01'], { cwd: dir });
    expect(asBase).toMatchObject({ exitCode: 1, stdout: '', stderr: expect.stringMatching(/^p06: the data files at main come to 5000\.6 MiB in 5001 files .* of each side of a review\n$/) });

    // The history commands: the commit is named, with the 64 MiB one revision may hold.
    const sha = git(dir, ['rev-parse', 'main']).slice(0, 12);
    const line = `p06: the data files at commit ${sha} come to 5000.6 MiB in 5001 files (a file committed under several names counts once per name), over the 64.0 MiB p06 reads of one revision\n`;
    for (const args of [['changes', '--since', 'base', '--until', 'main'], ['trend', '--every', 'month']]) {
      const h = await runMain([...args, '--as-of', '2024-06-01', '--no-cache'], { cwd: dir });
      expect({ args, exitCode: h.exitCode, stdout: h.stdout, stderr: h.stderr }).toEqual({ args, exitCode: 1, stdout: '', stderr: line });
    }
  }, 120_000);

  it('within the cap, a blob under many names is one file per name: read through git, checked as on disk', async () => {
    const dir = tempData({ 'p06.yaml': 'timezone: UTC\nmax_file_bytes: 2000000\n', 'data/aa.yaml': small('AA') });
    gitSteps(dir, newRepository(), DATED);
    manyNames(dir, 3);
    const r = await runMain(['review', '--base', 'main~1', '--head', 'main', '--as-of', '2024-06-01', '--json'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { file: string; line: number; rule: string; task?: string }[] }).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.task ?? ''}`)).toEqual([
      'data/copies/d00000.yaml:1025 file-name ',
      'data/copies/d00001.yaml:1025 duplicate-ministry ',
      'data/copies/d00001.yaml:1027 duplicate-id BB-1',
      'data/copies/d00002.yaml:1025 duplicate-ministry ',
      'data/copies/d00002.yaml:1027 duplicate-id BB-1',
    ]);
  }, 120_000);

  it('the working tree past its 32 MiB share: the file past it is named, and its unchecked promises say why', async () => {
    const dir = tempData({ 'p06.yaml': `timezone: UTC\nmax_file_bytes: ${16 * MIB}\n`, 'data/aa.yaml': big('AA', 12), 'data/bb.yaml': big('BB', 12), 'data/cc.yaml': small('CC') });
    gitSteps(dir, newRepository(), DATED);
    writeFileSync(join(dir, 'data/cc.yaml'), big('CC', 12));
    // validate reads one dataset: all 36 MiB.
    expect(await runMain(['validate', '--as-of', '2024-06-01', '--no-cache'], { cwd: dir })).toMatchObject({ exitCode: 0, stdout: '0 errors, 0 warnings in 3 files (3 tasks); configuration p06.yaml\n' });
    const r = await runMain(['review', '--base', 'main', '--as-of', '2024-06-01'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('data/cc.yaml'))).toEqual([
      'data/cc.yaml:1:1: error: cannot read the file (the data files together are over 32.0 MiB, the most p06 reads of each side of a review) [file-unreadable]',
      'data/cc.yaml:1:1: error: this file cannot be read, so the promises of its tasks (no deadline moved without its extension, no extension rewritten, no task reopened) were not checked; bring the data files within the total p06 reads and review again [promises-unchecked]',
    ]);
  }, 120_000);
});

describe('a head file too large to read', () => {
  const PADDING = `# ${'x'.repeat(98)}\n`.repeat(30);
  const tasks = (code: string) =>
    `ministry: {code: ${code}, name: ${code}}\ntasks:\n  - {id: ${code}-1, title: One, owner: O, deadline: 2030-01-01, status: in_progress, result: R}\n  - {id: ${code}-2, title: Two, owner: O, deadline: 2030-01-01, status: in_progress, result: R}\n`;

  it('moved and grown past max_file_bytes: the size is the error, no task is called removed; exit 1', async () => {
    const dir = tempData({ 'p06.yaml': 'timezone: UTC\nmax_file_bytes: 2000\n', 'data/aa.yaml': tasks('AA'), 'data/kk.yaml': tasks('KK') });
    gitSteps(dir, newRepository(), DATED);
    renameSync(join(dir, 'data/aa.yaml'), join(dir, 'data/moved.yaml'));
    writeFileSync(join(dir, 'data/moved.yaml'), PADDING + tasks('AA'));
    // The same file grown in place: its promises unchecked, for its size.
    writeFileSync(join(dir, 'data/kk.yaml'), PADDING + tasks('KK'));
    const r = await runMain(['review', '--base', 'main', '--as-of', '2024-06-01'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const size = (PADDING + tasks('AA')).length;
    expect(r.stdout.split('\n').filter((l) => l.includes(': error: '))).toEqual([
      `data/kk.yaml:1:1: error: ${(size / 1024).toFixed(1)} KiB is over the limit of 2.0 KiB (max_file_bytes in p06.yaml); split the file [file-too-large]`,
      'data/kk.yaml:1:1: error: this file cannot be read, so the promises of its tasks (no deadline moved without its extension, no extension rewritten, no task reopened) were not checked; make it smaller than max_file_bytes (split it) or raise the limit and review again [promises-unchecked]',
      `data/moved.yaml:1:1: error: ${(size / 1024).toFixed(1)} KiB is over the limit of 2.0 KiB (max_file_bytes in p06.yaml); split the file [file-too-large]`,
      'data/moved.yaml:1:1: error: this file cannot be read, so the promises of its tasks (no deadline moved without its extension, no extension rewritten, no task reopened) were not checked; make it smaller than max_file_bytes (split it) or raise the limit and review again [promises-unchecked]',
    ]);
    expect(r.stdout).not.toContain('task-removed');
  }, 60_000);

  it('a deleted file whose tasks went nowhere readable is still a removal when no unreadable file appeared', async () => {
    const dir = tempData({ 'p06.yaml': 'timezone: UTC\n', 'data/aa.yaml': tasks('AA'), 'data/kk.yaml': tasks('KK') });
    gitSteps(dir, newRepository(), DATED);
    rmSync(join(dir, 'data/aa.yaml'));
    const r = await runMain(['review', '--base', 'main', '--as-of', '2024-06-01'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('[task-removed]'))).toHaveLength(2);
  }, 60_000);
});
