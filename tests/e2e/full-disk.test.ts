import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, testCacheDir, type CliResult } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// Issue #16 item 8: every write is checked. A disk that is full (/dev/full
// answers every write with ENOSPC) or a write cut short (a file-size limit,
// `ulimit -f`: the kernel writes part of the bytes, then refuses with EFBIG)
// is one line naming the file and exit 1; an edited file is then unchanged
// and nothing half-written is left beside it. These need a real process:
// its own file descriptors and limits.

afterAll(removeTempDirs);

const AS_OF = ['--as-of', '2024-06-01'];
const header = (code: string) => `ministry:\n  code: ${code}\n  name: Ministry ${code}\ntasks:\n`;
const task = (id: string) => `  - id: ${id}\n    title: Task ${id} of the roadmap for the digital population data\n    owner: Department of Information Technology\n    deadline: 2030-01-01\n    status: in_progress\n    result: A report\n`;
/** A ministry file of `n` tasks: 40 make about 7 KB, more than the 2-block limit below in any shell's block size. */
const ministry = (code: string, n: number) => header(code) + Array.from({ length: n }, (_, i) => task(`${code}-${String(i + 1).padStart(2, '0')}`)).join('');

/** Runs p06 with stdout sent to `stdout` (a path opened for writing) and, with `blocks`, under `ulimit -f blocks`. */
function runP06(args: string[], options: { cwd: string; stdout?: string; blocks?: number; env?: Record<string, string> }): Promise<CliResult> {
  const out = options.stdout === undefined ? 'pipe' : openSync(options.stdout, 'w');
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: testCacheDir(), ...options.env };
  for (const name of ['FORCE_COLOR', 'P06_DEBUG', 'NODE_OPTIONS']) delete env[name];
  const [command, argv] =
    options.blocks === undefined
      ? [process.execPath, [BIN, ...args]]
      : ['/bin/sh', ['-c', `ulimit -f ${options.blocks} && exec "$0" "$@"`, process.execPath, BIN, ...args]];
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { cwd: options.cwd, env, stdio: ['ignore', out, 'pipe'] });
    if (typeof out === 'number') closeSync(out);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (exitCode, signal) => done({ exitCode: exitCode ?? (signal === null ? null : -1), stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** Files in a folder that p06 would have left behind: temporary files and locks. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));

describe.sequential('a full disk', () => {
  it('p06 list > /dev/full: one line naming the output, exit 1 (not 0, not 70)', async () => {
    const dir = tempData({ 'data/ab.yaml': ministry('AB', 3) });
    const r = await runP06(['list', '--format', 'markdown', ...AS_OF], { cwd: dir, stdout: '/dev/full' });
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: cannot write the output to /dev/full: the disk is full (ENOSPC); what was written is incomplete\n' });
  });

  it('a report cut short in a file (ulimit -f) is an error naming the file, never exit 0', async () => {
    const dir = tempData({ 'data/ab.yaml': ministry('AB', 40) });
    const whole = await runP06(['list', '--format', 'markdown', ...AS_OF], { cwd: dir });
    expect(whole.exitCode).toBe(0);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(4096);
    const r = await runP06(['list', '--format', 'markdown', ...AS_OF], { cwd: dir, stdout: join(dir, 'minutes.md'), blocks: 2 });
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: cannot write the output to minutes.md: the file would exceed the file-size limit (EFBIG); what was written is incomplete\n' });
    expect(statSync(join(dir, 'minutes.md')).size).toBeLessThan(Buffer.byteLength(whole.stdout));
  });

  it('an edit that cannot be written whole leaves the file exactly as it was, with no temporary file or lock beside it', async () => {
    const dir = tempData({ 'data/ab.yaml': ministry('AB', 40) });
    const before = readFileSync(join(dir, 'data/ab.yaml'));
    const r = await runP06(['set', 'AB-07', 'owner=Ministry Office', ...AS_OF], { cwd: dir, blocks: 2 });
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: cannot write data/ab.yaml: the file would exceed the file-size limit (EFBIG); nothing was written, every file is as it was\n' });
    expect(readFileSync(join(dir, 'data/ab.yaml')).equals(before)).toBe(true);
    expect(leftovers(join(dir, 'data'))).toEqual([]);
    // Without the limit the same edit goes through: the refusal was the disk's, not the edit's.
    const ok = await runP06(['set', 'AB-07', 'owner=Ministry Office', ...AS_OF], { cwd: dir });
    expect(ok).toMatchObject({ exitCode: 0, stdout: 'data/ab.yaml:43: AB-07 owner Department of Information Technology → Ministry Office\n' });
  });

  it('add to several bodies writes all files or none: one that cannot be written whole stops every one', async () => {
    const dir = tempData({ 'data/ab.yaml': ministry('AB', 1), 'data/cd.yaml': ministry('CD', 40) });
    const ab = readFileSync(join(dir, 'data/ab.yaml'));
    const cd = readFileSync(join(dir, 'data/cd.yaml'));
    const r = await runP06(['add', 'AB,CD', '--title', 'Register the identifier', '--owner', 'Office', '--deadline', '2030-06', '--result', 'Identifier registered', ...AS_OF], { cwd: dir, blocks: 2 });
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: cannot write data/cd.yaml: the file would exceed the file-size limit (EFBIG); nothing was written, every file is as it was\n' });
    expect(readFileSync(join(dir, 'data/ab.yaml')).equals(ab)).toBe(true);
    expect(readFileSync(join(dir, 'data/cd.yaml')).equals(cd)).toBe(true);
    expect(leftovers(join(dir, 'data'))).toEqual([]);
  });

  it('init that cannot write a file takes back what it created, so it can be run again', async () => {
    const dir = tempData({});
    const r = await runP06(['init', 'repo'], { cwd: dir, blocks: 2 });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^p06: cannot write repo\/\S+: the file would exceed the file-size limit \(EFBIG\); nothing was left behind\n$/);
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    expect(files(join(dir, 'repo'))).toEqual([]);
  });

  it('a cache entry that cannot be written costs only speed: the answer is whole and no temporary entry is left', async () => {
    const dir = tempData({ 'data/ab.yaml': ministry('AB', 40) });
    const cache = join(dir, 'cache');
    const r = await runP06(['validate', ...AS_OF], { cwd: dir, blocks: 2, env: { P06_CACHE_DIR: cache } });
    expect(r).toEqual({ exitCode: 0, stdout: '0 errors, 0 warnings in 1 file (40 tasks); no configuration file, defaults used\n', stderr: '' });
    expect(readdirSync(cache)).toEqual([]);
  });
});
