import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/display-width.js';
import { BIN, fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

/**
 * Runs p06 inside a real pseudo-terminal (util-linux `script`) of the given
 * width, as a person at a terminal would: stdout is a TTY, so p06 draws a
 * table and decides colour for a terminal. Returns what the terminal got,
 * with the terminal's CR LF line ends turned back into LF.
 */
function inTerminal(args: string[], options: { columns: number; env?: Record<string, string>; cwd?: string }): Promise<{ exitCode: number | null; output: string }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = `stty cols ${options.columns}; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  const env: Record<string, string | undefined> = { ...process.env, TERM: 'xterm-256color' };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'P06_DEBUG', 'NODE_OPTIONS', 'COLUMNS']) delete env[name];
  Object.assign(env, options.env);
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: options.cwd ?? fixture('reports-basic'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ exitCode, output: Buffer.concat(out).toString('utf8').replace(/\r\n/g, '\n') }));
  });
}

/**
 * Each stretch of text drawn from the start of a row: a cold run on a slow
 * machine draws a progress line on stderr (`\r` text) and erases it
 * (`\r ESC[K`) before the report. Every stretch must fit, the progress line
 * too (`\r` goes back only to the start of the last row of a wrapped line).
 */
function screenRows(output: string): string[] {
  return output.split(/\r|\n/).map((row) => row.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''));
}

const AS_OF = ['--as-of', '2024-02-01'];
const ESC = '\x1b';

describe.concurrent('colour in a real terminal', () => {
  // environment → ANSI escapes in `p06 overdue` on a terminal?
  it.each([
    [{}, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ TERM: 'dumb' }, false],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb', FORCE_COLOR: '1' }, true],
  ] as [Record<string, string>, boolean][])('%j: coloured %s', async (env, coloured) => {
    const r = await inTerminal(['overdue', ...AS_OF, '--no-cache'], { columns: 120, env });
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('MOJ-10');
    expect(r.output.includes(ESC)).toBe(coloured);
  });
});

describe.concurrent('tables fit the terminal (SPEC: a drawn table is never wider than the terminal)', () => {
  const SAMPLE = fixture('twelve-ministries');
  const widest = (text: string) => Math.max(...screenRows(text).map((line) => displayWidth(line)));
  const REPORTS: string[][] = [['summary'], ['overdue'], ['at-risk'], ['list'], ['show', 'MOJ-02']];

  const expectedIds = async (report: string[]) => {
    const doc = JSON.parse((await runMain([...report, ...AS_OF, '--json'], { cwd: SAMPLE })).stdout) as { tasks?: { id: string }[]; rows?: { ministry: string }[]; task?: { upstream: string[] } };
    const ids = doc.tasks?.map((t) => t.id) ?? doc.rows?.map((row) => row.ministry) ?? doc.task!.upstream;
    expect(ids.length).toBeGreaterThan(0);
    return ids;
  };

  // report × width, drawn by main() for a terminal of that width: at most
  // `width` wide, and every task of the report is still in it.
  it.each(REPORTS.flatMap((report) => [40, 60, 80, 100].map((columns) => [report, columns] as const)))('%j at %i columns', async (report, columns) => {
    const r = await runMain([...report, ...AS_OF, '--no-color'], { cwd: SAMPLE, terminal: { columns } });
    expect(r.exitCode).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
    for (const id of await expectedIds(report)) expect(r.stdout).toContain(id);
  });

  // The real process in a real pseudo-terminal draws the same screen: its
  // width comes from the terminal, and nothing else differs.
  it.each([
    [['overdue'], 40],
    [['list'], 80],
    [['show', 'MOJ-02'], 60],
  ] as const)('%j at %i columns in a real terminal, as drawn in process', async (report, columns) => {
    const r = await inTerminal([...report, ...AS_OF, '--no-cache', '--no-color'], { columns, cwd: SAMPLE });
    expect(r.exitCode).toBe(0);
    expect(widest(r.output)).toBeLessThanOrEqual(columns);
    const drawn = await runMain([...report, ...AS_OF, '--no-color'], { cwd: SAMPLE, terminal: { columns } });
    // What stays on screen: a progress line on a slow machine is erased before the report.
    expect(r.output.replace(/^(\r[^\r\n]*)+\r\x1b\[K/, '')).toBe(drawn.stdout);
  });

  it('summary at 80 columns: leaves out the bar, extended, done late, cancelled, recurring and the name, and says so', async () => {
    const r = await runMain(['summary', ...AS_OF, '--no-color'], { cwd: SAMPLE, terminal: { columns: 80 } });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Summary as of 2024-02-01: 76 tasks, 14.9% done');
    expect(lines[1]).toBe('Overdue by the year first due: 1 since 2022, 2 since 2023, 3 since 2024');
    expect(lines.slice(2, 4).join(' ')).toBe('Left out to fit 80 columns: Name, Done late, Recurring, Cancelled, Extended, Progress (a wider terminal or --format markdown shows them)');
    expect(lines[5]).toBe('│ Ministry │ Total │ Done │ In prog. │ Not begun │ Overdue │ At risk │    % │');
    expect(lines).toContain('│ MPS      │    10 │    2 │        4 │         1 │       0 │       0 │ 20.0 │');
  });

  it('overdue at 100 columns: leaves out only the ministry and the extensions, headers abbreviated', async () => {
    const r = await runMain(['overdue', ...AS_OF, '--no-color'], { cwd: SAMPLE, terminal: { columns: 100 } });
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('Left out to fit 100 columns: Ministry, Extensions (a wider terminal or --format markdown shows them)');
    expect(lines[3]).toMatch(/^│ ID +│ Title +│ Owner +│ Deadline +│ Days │ Since │ Blocks +│$/);
    expect(lines.find((l) => l.startsWith('│ VSS-03'))).toMatch(/│ +397 │ +2022 │/);
  });

  it('in a terminal too narrow for the columns that stay, one block per task', async () => {
    const r = await runMain(['overdue', ...AS_OF, '--no-color'], { cwd: SAMPLE, terminal: { columns: 40 } });
    expect(r.stdout).not.toContain('│');
    expect(r.stdout).toContain('\nVSS-03\n  Ministry      VSS\n');
    expect(r.stdout).toContain('\n  Days overdue  397\n  Behind since  2022\n');
  });

  it('in Vietnamese too', async () => {
    const r = await runMain(['summary', ...AS_OF, '--no-color', '--lang', 'vi'], { cwd: SAMPLE, terminal: { columns: 80 } });
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('Không hiện các cột sau cho vừa màn hình rộng 80 ký tự');
  });
});

describe.concurrent('the width a table fits', () => {
  const SAMPLE = { cwd: fixture('twelve-ministries') };
  const widest = (text: string) => Math.max(...screenRows(text).map((line) => displayWidth(line)));
  const summary = ['summary', ...AS_OF, '--format', 'table'];

  it('not a terminal and no COLUMNS: the whole table, nothing wrapped or left out', async () => {
    const r = await runMain(summary, SAMPLE);
    expect(r.stdout).not.toContain('Left out');
    expect(r.stdout).toMatch(/│ MIC      │ Ministry of Information and Communications +│/);
    expect(widest(r.stdout)).toBeGreaterThan(140);
  });

  it.each([
    ['COLUMNS when not a terminal', { COLUMNS: '80' }, undefined, 80],
    ['the terminal’s width', {}, { columns: 100 }, 100],
    ['COLUMNS over the terminal’s width', { COLUMNS: '60' }, { columns: 100 }, 60],
    ['a COLUMNS that is not a width is ignored', { COLUMNS: 'wide' }, { columns: 90 }, 90],
  ] as [string, Record<string, string>, { columns: number } | undefined, number][])('%s', async (_name, env, terminal, width) => {
    const r = await runMain(summary, { ...SAMPLE, env, ...(terminal ? { terminal } : {}) });
    expect(r.exitCode).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(width);
    expect(widest(r.stdout)).toBeGreaterThan(width - 10);
  });
});
