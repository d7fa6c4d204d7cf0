import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// A cache folder that cannot be made or written costs speed, never
// correctness, and never a hang: the run is simply cold.

const work = mkdtempSync(join(tmpdir(), 'p06-unusable-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(work, 'a-file'), '');
const ARGS = ['overdue', '--as-of', '2024-02-01', '--format', 'markdown'];
const CWD = fixture('reports-basic');

/** Killed after 20 s (a loaded machine can take seconds to start node), so a hang fails the test instead of spinning on. */
function runWithCache(cacheDir: string): Promise<{ code: number | null; killed: boolean; stdout: string; stderr: string }> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: cacheDir };
  delete env.XDG_CACHE_HOME;
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...ARGS], { cwd: CWD, env, timeout: 20_000 }, (error, stdout, stderr) => {
      done({ code: child.exitCode, killed: error?.killed === true || child.signalCode !== null, stdout, stderr });
    });
  });
}

describe('an unusable cache folder', () => {
  it.each([
    ['under /proc, where mkdir -p never returns on Node 20', '/proc/p06-nope'],
    ['below a file', join(work, 'a-file', 'cache')],
    ['a file itself', join(work, 'a-file')],
  ])('%s: the report as without a cache, exit 0', async (_name, dir) => {
    const expected = await runMain(['--no-cache', ...ARGS], { cwd: CWD });
    const r = await runWithCache(dir);
    expect(r.killed).toBe(false);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: expected.stdout, stderr: expected.stderr });
    expect(r.stdout).toContain('MOJ-10');
  });
});
