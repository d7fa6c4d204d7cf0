import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { ROOT, testCacheDir } from '../helpers/run-cli.js';

// Long work shows progress on stderr only when stderr is a terminal. The
// clock runs a second per reading, so the run counts as long.
const cwd = join(ROOT, 'tests', 'fixtures', 'reports-basic');

async function run(args: string[], stderrIsTTY: boolean) {
  let t = Date.parse('2026-06-01T03:00:00Z');
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: { write: (s) => void (stdout += s), isTTY: false },
    stderr: { write: (s) => void (stderr += s), isTTY: stderrIsTTY },
    env: { NO_COLOR: '1', P06_CACHE_DIR: testCacheDir() },
    cwd,
    now: () => new Date((t += 1000)),
  };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}

describe('progress of a cold load', () => {
  it('on a terminal: each file counted on one rewritten line, erased before the result', async () => {
    const r = await run(['validate', '--no-cache', '--as-of', '2024-02-01'], true);
    expect(r.exitCode).toBe(0);
    const lines = r.stderr.split('\r').filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^p06: checking task files, 1 of \d+$/);
    expect(lines.at(-1)).toBe('\u001b[K');
    expect(r.stdout).toMatch(/0 errors/);
  });

  it('in Vietnamese with --lang vi', async () => {
    const r = await run(['validate', '--no-cache', '--as-of', '2024-02-01', '--lang', 'vi'], true);
    expect(r.stderr).toMatch(/^\rp06: đang kiểm tra các tệp nhiệm vụ, 1\/\d+/);
  });

  it('piped or redirected: no progress at all', async () => {
    const r = await run(['validate', '--no-cache', '--as-of', '2024-02-01'], false);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a run the cache answers shows none', async () => {
    await run(['overdue', '--as-of', '2024-02-01'], false);
    const r = await run(['overdue', '--as-of', '2024-02-01'], true);
    expect(r.stderr).not.toContain('checking task files');
  });
});
