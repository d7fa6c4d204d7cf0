import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { dayFromParts, formatDay, parseDay } from '../../src/domain/calendar.js';
import { runInProcess } from './support/run.js';

// What the property tests and campaigns found, each pinned by an ordinary test.

afterAll(removeTempDirs);

/** A dataset whose reports are far bigger than a pipe's buffer (64 KiB). */
function bigDataset(): string {
  const lines = ['ministry:', '  code: BIG', '  name: Big', 'tasks:'];
  for (let i = 1; i <= 1000; i++) {
    lines.push(`  - id: BIG-${i}`, `    title: Task ${i}, with a title long enough to fill a pipe quickly`, '    owner: Someone', '    deadline: 2024-03-31', '    status: in_progress', '    result: r');
  }
  return tempData({ 'p06.yaml': 'timezone: UTC\n', 'data/big.yaml': lines.join('\n') + '\n' });
}

/** Spawns the CLI and closes its stdout after the first chunk, as `p06 … | head -1` does. */
function runAndHangUp(args: string[], cwd: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: `${cwd}/.cache` }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stderr }));
  });
}

describe('a reader that goes away before the report is written', () => {
  // An unhandled EPIPE ended the process with a stack trace (found while writing the process property).
  const cwd = bigDataset();
  it.each([['table'], ['json'], ['csv'], ['markdown']])('a reader that stops early (p06 list --format %s | head) ends the run quietly', async (format) => {
    const r = await runAndHangUp(['--as-of', '2024-06-30', 'list', '--format', format], cwd);
    expect(r).toEqual({ code: 0, signal: null, stderr: '' });
  });
});

/** A file of ministry AA with two tasks, made unreadable by what `breakage` writes as the last task's result. */
function brokenFile(breakage: string): string {
  return [
    'ministry:',
    '  code: AA',
    '  name: A',
    'tasks:',
    '  - id: AA-1',
    '    title: t',
    '    owner: o',
    '    deadline: 2024-Q1',
    '    status: not_started',
    '    result: r',
    '  - id: AA-2',
    '    title: t',
    '    owner: o',
    '    deadline: 2024',
    '    status: in_progress',
    `    result: ${breakage}`,
    '',
  ].join('\n');
}

const DEPENDS_ON_AA = ['ministry:', '  code: BB', '  name: B', 'tasks:', '  - id: BB-1', '    title: t', '    owner: o', '    deadline: 2024', '    status: not_started', '    result: r', '    depends_on: [AA-1, AA-2]', ''].join('\n');

describe('an unreadable file still counts its tasks, and its ids are not unknown', () => {
  // It said "left out data/aa.yaml (0 tasks, …)", and a file depending on its tasks got
  // unknown-dependency errors (found by the faults property: "listed + left out: got 0, expected 1").
  const cases: [string, string | Buffer][] = [
    ['a duplicate key', brokenFile('r\n    owner: again')],
    ['a YAML syntax error', brokenFile('[unclosed')],
    ['a tag', brokenFile('!!binary aGk=')],
    ['an undefined alias', brokenFile('*nowhere')],
    ['invalid UTF-8', Buffer.concat([Buffer.from(brokenFile('r')), Buffer.from([0xff])])],
  ];
  it.each(cases)('%s: --skip-invalid names the file with its 2 tasks; the file that depends on them has no error', async (_name, broken) => {
    const cwd = tempData({ 'p06.yaml': 'timezone: UTC\n', 'data/aa.yaml': broken, 'data/bb.yaml': DEPENDS_ON_AA });
    const validate = await runInProcess(['validate'], cwd);
    expect(validate.exitCode).toBe(1);
    expect(validate.stdout).toMatch(/ in 2 files \(3 tasks\); configuration p06\.yaml\n$/);
    expect(validate.stdout).not.toContain('data/bb.yaml');
    const list = await runInProcess(['--as-of', '2024-06-30', '--skip-invalid', 'list', '--format', 'csv'], cwd);
    expect(list.exitCode).toBe(0);
    expect(list.stderr).toBe('p06: left out data/aa.yaml (2 tasks, 1 error)\n');
    expect(list.stdout.split('\r\n')[1]).toMatch(/^BB-1,/);
  });
});

describe('a malformed scalar where a key should be', () => {
  // Counting an unreadable file's tasks once asked yaml for the value of a scalar it cannot read, which throws.
  it.each([
    ['p06.yaml', '`\n`\ntimezone: UTC\n'],
    ['data/aa.yaml', '`\n`\nministry: {code: AA, name: A}\ntasks: []\n'],
    ['data/aa.yaml', 'ministry: {code: AA, name: A}\ntasks:\n  - "id\\q": x\n    @: y\n'],
  ])('%s is reported as a syntax error, not an internal error', async (name, text) => {
    const cwd = tempData({ 'p06.yaml': 'timezone: UTC\n', 'data/bb.yaml': 'ministry: {code: BB, name: B}\ntasks: []\n', [name]: text });
    const r = await runInProcess(['validate'], cwd);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+: error: .* \\[yaml-syntax\\]\\n`));
  });
});

describe('the years 0 to 99 are those years, not 1900 to 1999', () => {
  // Date.UTC(50, 0, 1) is 1950-01-01; found by the valid-datasets property with an as_of in year 5.
  it.each([
    ['0005-01-01', '0005-01-01'],
    ['0050-06-30', '0050-06-30'],
    ['0000-02-29', '0000-02-29'],
    ['0099-12-31', '0099-12-31'],
    ['0100-02-29', undefined],
  ])('%s reads as %s', (text, shown) => {
    const day = parseDay(text);
    expect(day === undefined ? undefined : formatDay(day)).toBe(shown);
  });

  it('counts days across the year 100 boundary like any other', () => {
    expect(dayFromParts(100, 1, 1) - dayFromParts(99, 12, 31)).toBe(1);
  });

  it('p06 --as-of 0050-06-30 overdue reports on that day', async () => {
    const cwd = tempData({
      'p06.yaml': 'timezone: UTC\n',
      'data/aa.yaml': 'ministry: {code: AA, name: A}\ntasks:\n  - {id: AA-1, title: t, owner: o, deadline: "0050-03-31", status: not_started, result: r}\n',
    });
    const r = await runInProcess(['--as-of', '0050-06-30', 'overdue', '--json'], cwd);
    expect(r.exitCode).toBe(0);
    const doc = JSON.parse(r.stdout) as { as_of: string; tasks: { id: string; due: string; days_overdue: number }[] };
    expect([doc.as_of, doc.tasks.map((t) => [t.id, t.due, t.days_overdue])]).toEqual(['0050-06-30', [['AA-1', '0050-03-31', 91]]]);
  });
});

describe('positions after a multi-line scalar the parser rejects', () => {
  // The yaml parser did not report the line break inside a rejected scalar, so
  // every later problem was a line too high (found by the hostile property:
  // "3:20 is past the end of the line").
  it('name the line and column where each token is', async () => {
    const text = '*a\n*a\nBộ Tư pháp\nministry:\n  code: HA\n  name: x\ntasks: []\n';
    const cwd = tempData({ 'p06.yaml': 'timezone: UTC\n', 'data/ha.yaml': text });
    const r = await runInProcess(['validate'], cwd);
    const lines = text.split('\n');
    const places = [...r.stdout.matchAll(/^data\/ha\.yaml:(\d+):(\d+): error: unexpected [\w-]+ token in YAML stream: "(.)/gm)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    expect(places.length).toBeGreaterThan(3);
    for (const [line, column, first] of places) expect(lines[(line as number) - 1]![(column as number) - 1], `${line}:${column}`).toBe(first);
    expect(r.stdout).toContain('data/ha.yaml:5:3: error: unexpected scalar token in YAML stream: "code" [yaml-syntax]');
  });
});

describe('a completion after today, in a report that looks back', () => {
  // The report compares with today, not with its --as-of, and said "(as of)" beside today's date.
  it('says it is after today', async () => {
    const cwd = tempData({
      'p06.yaml': 'timezone: UTC\n',
      'data/aa.yaml': 'ministry: {code: AA, name: A}\ntasks:\n  - {id: AA-1, title: t, owner: o, deadline: 2024, status: done, completed: 2099-01-01, result: r}\n',
    });
    const report = await runInProcess(['--as-of', '2024-06-30', 'overdue'], cwd);
    expect(report.stderr).toContain('data/aa.yaml:3:77: error: completed 2099-01-01 is after 2026-06-01 (today) [completed-in-future]');
    const validate = await runInProcess(['--as-of', '2024-06-30', 'validate'], cwd);
    expect(validate.stdout).toContain('completed 2099-01-01 is after 2024-06-30 (as of) [completed-in-future]');
  });
});
