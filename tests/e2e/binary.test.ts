import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture, runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// The other end-to-end tests run main(argv, io) in their own process. These
// spawn the built binary (bin/p06.js → dist/p06.js), for what only a real
// process shows: the bundle prints what main() prints, and each exit code
// (0, 1, 2) reaches the shell with the report on stdout and everything else
// on stderr. Where main() alone decides (validate's streams, a user error's
// one line, an escape typed on the command line), main() is run: a node
// start-up costs more than the rest of such a test. One at a time: on a
// loaded machine a dozen node start-ups at once each take longer than a test may.

const AS_OF = ['--as-of', '2024-02-01'];
const SAMPLE = { cwd: fixture('twelve-ministries') };
const BASIC = { cwd: fixture('reports-basic') };
const INVALID = { cwd: fixture('reports-invalid') };
const MIXED = { cwd: fixture('validate-mixed') };

describe('the bundle prints what main() prints', () => {
  it.each([
    ['a drawn table', ['overdue', ...AS_OF, '--format', 'table'], '│ THANHHOA-04 │'],
    ['CSV', ['at-risk', ...AS_OF, '--format', 'csv'], '\r\nMOJ-02,'],
    ['JSON', ['summary', ...AS_OF, '--json'], '"ministry": "THANHHOA"'],
    ['a Markdown table when piped', ['list', ...AS_OF, '--ministry', 'MOJ'], '| MOJ-02 |'],
  ])('%s', async (_name, args, shows) => {
    const spawned = await runCli(args, SAMPLE);
    const inProcess = await runMain(args, SAMPLE);
    expect(spawned).toEqual(inProcess);
    expect(spawned.exitCode).toBe(0);
    expect(spawned.stdout).toContain(shows);
  });

  it('--version prints the version in package.json', async () => {
    const version = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;
    expect(await runCli(['--version'], BASIC)).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
    // -V is the same flag (main() alone says "dev": the version is written into the bundle).
    expect(await runMain(['-V'], BASIC)).toEqual(await runMain(['--version'], BASIC));
  });
});

describe('exit codes and streams', () => {
  it('a report: exit 0, the report on stdout, nothing on stderr', async () => {
    const r = await runCli(['overdue', ...AS_OF, '--json'], BASIC);
    expect({ exitCode: r.exitCode, stderr: r.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'overdue', tasks: [{ id: 'MOJ-3' }, { id: 'MOJ-2' }, { id: 'MOJ-10' }] });
  });

  it('a report on invalid data: exit 1, the problems on stderr, nothing on stdout', async () => {
    const r = await runCli(['overdue', ...AS_OF], INVALID);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^data\/mic\.yaml:\d+:\d+: error: .* \[yaml-syntax\]\n/);
    expect(r.stderr).toMatch(/\np06: 3 errors in the data: fix them \(see p06 validate\), or report on the valid files with --skip-invalid\n$/);
  });

  it('--skip-invalid: exit 0, the report on stdout, the files left out on stderr', async () => {
    const r = await runCli(['overdue', '--skip-invalid', ...AS_OF, '--format', 'csv'], INVALID);
    expect(r).toEqual({
      exitCode: 0,
      stdout: expect.stringMatching(/^\uFEFFID,.*\r\nMOJ-1,/s),
      stderr: 'p06: left out data/mic.yaml (1 task, 1 error)\np06: left out data/mof.yaml (3 tasks, 2 errors)\n',
    });
  });

  it('validate: exit 1 with errors, the problems and count on stdout', async () => {
    const r = await runMain(['validate', '--as-of', '2024-06-01'], MIXED);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').at(-2)).toBe('3 errors, 2 warnings in 3 files (4 tasks); configuration p06.yaml');
  });

  it('validate --format github: annotations on stdout, the count on stderr', async () => {
    const r = await runMain(['validate', '--as-of', '2024-06-01', '--format', 'github'], MIXED);
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    expect(r.stderr).toBe('3 errors, 2 warnings in 3 files (4 tasks); configuration p06.yaml\n');
  });

  it('a usage error: exit 2, the message and the hint on stderr', async () => {
    expect(await runCli(['at-risk', '--within', 'abc', ...AS_OF], BASIC)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'p06: --within "abc" is not a number of days\nrun "p06 --help" for usage\n',
    });
  });

  it('a user error: exit 1, one line on stderr, no stack trace', async () => {
    expect(await runMain(['validate', '--config', 'data'], BASIC)).toEqual({ exitCode: 1, stdout: '', stderr: expect.stringMatching(/^p06: cannot read the configuration file data \([^\n]+\)\n$/) });
  });

  it('an escape typed on the command line reaches stderr escaped', async () => {
    const r = await runMain(['show', '\x1b[31mX', ...AS_OF], BASIC);
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: no task \\x1B[31mX in the data\n' });
  });
});
