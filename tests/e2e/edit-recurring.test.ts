import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// `p06 done` on a recurring duty (SPEC §12): it records the period reported
// in `reported:`, never `status: done`, changing only that value's bytes, and
// the period reported is no longer overdue. On a copy of
// tests/fixtures/edit-recurring, as of 2024-08-10 (Q2 and July have ended).

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workdir(options: { crlfBom?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'p06-recurring-'));
  dirs.push(dir);
  cpSync(fixture('edit-recurring'), dir, { recursive: true });
  if (options.crlfBom) {
    const path = join(dir, 'data/moha.yaml');
    writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
  }
  return dir;
}

const ORIGINAL = readFileSync(join(fixture('edit-recurring'), 'data/moha.yaml'), 'utf8');
const read = (dir: string) => readFileSync(join(dir, 'data/moha.yaml'), 'utf8');
const run = (dir: string, asOf: string, ...args: string[]) => runMain(['--as-of', asOf, ...args], { cwd: dir });

/** The overdue report's rows as [id, days overdue]. */
async function overdueRows(dir: string, asOf: string): Promise<[string, number][]> {
  const r = await run(dir, asOf, 'overdue', '--json');
  expect(r.exitCode).toBe(0);
  const doc = JSON.parse(r.stdout) as { tasks: { id: string; days_overdue: number }[] };
  return doc.tasks.map((t) => [t.id, t.days_overdue]);
}

describe('p06 done on a recurring duty', () => {
  it('records the last period that has ended in reported:, one value changed, comment kept; that period is no longer overdue', async () => {
    const dir = workdir();
    expect(await overdueRows(dir, '2024-08-10')).toEqual([
      ['MOHA-02', 132],
      ['MOHA-01', 41],
    ]);
    const r = await run(dir, '2024-08-10', 'done', 'MOHA-01');
    expect(r).toEqual({ exitCode: 0, stdout: 'data/moha.yaml:13: MOHA-01 reported 2024-Q1 → 2024-Q2\n', stderr: '' });
    expect(read(dir)).toBe(ORIGINAL.replace('    reported: 2024-Q1   # sent in April\n', '    reported: 2024-Q2   # sent in April\n'));
    expect(await overdueRows(dir, '2024-08-10')).toEqual([['MOHA-02', 132]]);
  });

  it('--period records the period given; a new reported: goes after every:, and --json gives the edit document', async () => {
    const dir = workdir();
    const r = await run(dir, '2024-08-10', 'done', 'MOHA-02', '--period', '2024-05', '--json');
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schema_version: 1,
      kind: 'edit',
      changes: [{ file: 'data/moha.yaml', line: 22, task: 'MOHA-02', key: 'reported', from: null, to: '2024-05' }],
    });
    expect(read(dir)).toBe(ORIGINAL.replace('    every: month\n', '    every: month\n    reported: 2024-05\n'));
    // June and July are still missing: overdue since June's end, like MOHA-01's second quarter.
    expect(await overdueRows(dir, '2024-08-10')).toEqual([
      ['MOHA-01', 41],
      ['MOHA-02', 41],
    ]);
  });

  it('a yearly period is written as the number YAML reads a year as; --on decides which period has ended', async () => {
    const dir = workdir();
    const r = await run(dir, '2025-01-20', 'done', 'MOHA-03', '--on', '2025-01-15');
    expect(r).toMatchObject({ exitCode: 0, stdout: 'data/moha.yaml:29: MOHA-03 reported 2023 → 2024\n' });
    expect(read(dir)).toBe(ORIGINAL.replace('    reported: 2023\n', '    reported: 2024\n'));
  });

  it('keeps a BOM and CRLF line ends', async () => {
    const dir = workdir({ crlfBom: true });
    const before = read(dir);
    const r = await run(dir, '2024-08-10', 'done', 'MOHA-01');
    expect(r.exitCode).toBe(0);
    expect(read(dir)).toBe(before.replace('reported: 2024-Q1   # sent in April\r\n', 'reported: 2024-Q2   # sent in April\r\n'));
  });

  it.each([
    [['MOHA-01', '--period', '2024-Q1'], 1, 'p06: MOHA-01 is already reported for 2024-Q1; nothing was written\n'],
    [['MOHA-01', '--period', '2023-Q4'], 1, 'p06: MOHA-01 is reported up to 2024-Q1 already, and "reported" never moves back to 2023-Q4; nothing was written\n'],
    [['MOHA-01', '--period', '2024-Q4'], 1, 'p06: 2024-Q4 has not begun yet (the current quarter is 2024-Q3); nothing was written\n'],
    [['MOHA-01', '--period', '2024-05'], 2, 'p06: --period "2024-05" is not a quarter: MOHA-01 reports every quarter, so write the period as 2024-Q3\nrun "p06 --help" for usage\n'],
    [['MOHA-04'], 1, 'p06: MOHA-04 is a recurring duty without "every": say how often its report is due first (p06 set MOHA-04 every=quarter), then record a period with p06 done MOHA-04\n'],
    [['MOHA-05', '--period', '2024-Q2'], 2, 'p06: --period is for recurring duties, and MOHA-05 is in_progress\nrun "p06 --help" for usage\n'],
  ])('done %j is refused (exit %i) and the file is untouched', async (args, exitCode, stderr) => {
    const dir = workdir();
    const r = await run(dir, '2024-08-10', 'done', ...args);
    expect(r).toEqual({ exitCode, stdout: '', stderr });
    expect(read(dir)).toBe(ORIGINAL);
  });
});
