import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { rawUnsafe } from '../helpers/unsafe-text.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// Through main(argv, io) in this process; what only the built binary shows
// (its version, real exit codes and streams) is tests/e2e/binary.test.ts's.

const AS_OF = ['--as-of', '2024-06-01'];
const MIXED = fixture('validate-mixed');
const USAGE_HINT = 'run "p06 --help" for usage';

afterAll(removeTempDirs);

/** The problems of tests/fixtures/validate-mixed, as validate prints them from that folder. */
const MIXED_TEXT = [
  'data/moj.yaml:11:13: error: status "hoàn thành" is not one of not_started, in_progress, done, recurring, cancelled [schema]',
  'data/moj.yaml:13:5: warning: task MOJ-02 has no "result" (clear results: what output is expected) [missing-result]',
  'data/office.yaml:3:9: warning: file is named "office" but holds GO; name it go.yaml [file-name]',
  'data/sub/mof.yaml:9:15: error: 2024-02-30 is not a real date [invalid-date]',
  'data/sub/mof.yaml:16:13: error: status "50% done" is not one of not_started, in_progress, done, recurring, cancelled [schema]',
  '3 errors, 2 warnings in 3 files (4 tasks); configuration p06.yaml',
  '',
].join('\n');

describe.concurrent('p06 validate --format text', () => {
  it('prints every problem of every file, sorted, then the count; exit 1', async () => {
    const r = await runMain(['validate', ...AS_OF], { cwd: MIXED });
    expect(r).toEqual({ exitCode: 1, stdout: MIXED_TEXT, stderr: '' });
  });

  it('--format text is the default', async () => {
    const r = await runMain(['validate', '--format', 'text', ...AS_OF], { cwd: MIXED });
    expect(r.stdout).toBe(MIXED_TEXT);
  });

  it.each([
    ['the repository root', ROOT, ['--data', 'tests/fixtures/validate-mixed/data', '--config', 'tests/fixtures/validate-mixed/p06.yaml'], 'tests/fixtures/validate-mixed/data/', 'tests/fixtures/validate-mixed/p06.yaml'],
    ['a subfolder of the data', `${MIXED}/data/sub`, ['--data', '..'], '../', '../../p06.yaml'],
  ])('names files relative to the working directory, with /: from %s', async (_name, cwd, args, prefix, config) => {
    const r = await runMain(['validate', ...args, ...AS_OF], { cwd });
    const expected = MIXED_TEXT.replace(/^data\/(sub\/)?/gm, (_m, sub: string | undefined) => (sub && prefix === '../' ? '' : prefix + (sub ?? ''))).replace('configuration p06.yaml', `configuration ${config}`);
    expect(r.stdout).toBe(expected);
    expect(r.exitCode).toBe(1);
  });

  it('keeps Vietnamese text unchanged', async () => {
    const r = await runMain(['validate', ...AS_OF], { cwd: MIXED });
    expect(r.stdout).toContain('status "hoàn thành"');
    expect(Buffer.from(r.stdout, 'utf8').includes(Buffer.from('hoàn thành', 'utf8'))).toBe(true);
  });
});

describe('completed-in-future is relative to --as-of', () => {
  const dir = tempData({
    'p06.yaml': 'timezone: UTC\n',
    'data/moj.yaml': 'ministry: {code: MOJ, name: J}\ntasks:\n  - {id: MOJ-01, title: T, owner: O, deadline: 2024, result: R, status: done, completed: 2024-07-01}\n',
  });

  // In sequence, on the same files: a cached validation must not answer for another day.
  it.each([
    ['2024-07-01', 0, '0 errors, 0 warnings in 1 file (1 task); configuration p06.yaml\n'],
    ['2024-06-30', 1, 'data/moj.yaml:3:90: error: completed 2024-07-01 is after 2024-06-30 (as of) [completed-in-future]\n1 error, 0 warnings in 1 file (1 task); configuration p06.yaml\n'],
    ['2024-07-01', 0, '0 errors, 0 warnings in 1 file (1 task); configuration p06.yaml\n'],
  ])('--as-of %s exits %i', async (asOf, exitCode, stdout) => {
    expect(await runMain(['validate', '--as-of', asOf], { cwd: dir })).toEqual({ exitCode, stdout, stderr: '' });
  });
});

describe.concurrent('p06 validate --format json (SPEC §5)', () => {
  it('is one document with every problem, field for field', async () => {
    const r = await runMain(['validate', '--format', 'json', ...AS_OF], { cwd: MIXED });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['schema_version', 'kind', 'files', 'tasks', 'errors', 'warnings', 'problems']);
    expect(doc).toEqual({
      schema_version: 1,
      kind: 'validate',
      files: 3,
      tasks: 4,
      errors: 3,
      warnings: 2,
      problems: [
        { file: 'data/moj.yaml', line: 11, column: 13, severity: 'error', rule: 'schema', message: 'status "hoàn thành" is not one of not_started, in_progress, done, recurring, cancelled', task: 'MOJ-01' },
        { file: 'data/moj.yaml', line: 13, column: 5, severity: 'warning', rule: 'missing-result', message: 'task MOJ-02 has no "result" (clear results: what output is expected)', task: 'MOJ-02' },
        { file: 'data/office.yaml', line: 3, column: 9, severity: 'warning', rule: 'file-name', message: 'file is named "office" but holds GO; name it go.yaml' },
        { file: 'data/sub/mof.yaml', line: 9, column: 15, severity: 'error', rule: 'invalid-date', message: '2024-02-30 is not a real date', task: 'MOF-01' },
        { file: 'data/sub/mof.yaml', line: 16, column: 13, severity: 'error', rule: 'schema', message: 'status "50% done" is not one of not_started, in_progress, done, recurring, cancelled', task: 'MOF-02' },
      ],
    });
    expect(Object.keys(doc.problems[0])).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'task']);
  });

  it('--json is short for --format json', async () => {
    const [long, short] = await Promise.all([
      runMain(['validate', '--format', 'json', ...AS_OF], { cwd: MIXED }),
      runMain(['--json', 'validate', ...AS_OF], { cwd: MIXED }),
    ]);
    expect(short).toEqual(long);
  });

  it('a clean run has an empty problem list and exit 0', async () => {
    const r = await runMain(['validate', '--json', '--as-of', '2025-12-31'], { cwd: fixture('twelve-ministries') });
    expect(JSON.parse(r.stdout)).toEqual({ schema_version: 1, kind: 'validate', files: 12, tasks: 76, errors: 0, warnings: 0, problems: [] });
    expect(r.exitCode).toBe(0);
  });
});

describe.concurrent('p06 validate --format github', () => {
  it('prints one workflow command per problem, the count on stderr', async () => {
    const r = await runMain(['validate', '--format', 'github', ...AS_OF], { cwd: MIXED });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      '::error file=data/moj.yaml,line=11,col=13,endColumn=22,title=p06 schema::status "hoàn thành" is not one of not_started, in_progress, done, recurring, cancelled',
      '::warning file=data/moj.yaml,line=13,col=5,endLine=18,title=p06 missing-result::task MOJ-02 has no "result" (clear results: what output is expected)',
      '::warning file=data/office.yaml,line=3,col=9,endColumn=10,title=p06 file-name::file is named "office" but holds GO; name it go.yaml',
      '::error file=data/sub/mof.yaml,line=9,col=15,endColumn=24,title=p06 invalid-date::2024-02-30 is not a real date',
      // % in the data is escaped as GitHub requires.
      '::error file=data/sub/mof.yaml,line=16,col=13,endColumn=20,title=p06 schema::status "50%25 done" is not one of not_started, in_progress, done, recurring, cancelled',
      '',
    ]);
    expect(r.stderr).toBe('3 errors, 2 warnings in 3 files (4 tasks); configuration p06.yaml\n');
  });

  it('escapes : and , in properties, and never lets CR or LF split a command', async () => {
    const dir = tempData({
      'p06.yaml': 'timezone: UTC\n',
      'data/we,ird:name.yaml': 'ministry: {code: WEIRD, name: W}\ntasks:\n  - {id: WEIRD-1, title: T, owner: O, deadline: 2024, status: "100%\\r\\nnot\\rdone\\n", result: R}\n',
    });
    const r = await runMain(['validate', '--format', 'github', ...AS_OF], { cwd: dir });
    expect(r.stdout.split('\n')).toEqual([
      '::warning file=data/we%2Cird%3Aname.yaml,line=1,col=18,endColumn=22,title=p06 file-name::file is named "we,ird:name" but holds WEIRD; name it weird.yaml',
      '::error file=data/we%2Cird%3Aname.yaml,line=3,col=63,endColumn=83,title=p06 schema::status "100%25 not done " is not one of not_started, in_progress, done, recurring, cancelled',
      '',
    ]);
  });
});

describe.concurrent('p06 validate --strict', () => {
  it.each([
    [[], 0],
    [['--strict'], 1],
  ])('with only warnings, %j exits %i', async (flags, exitCode) => {
    const r = await runMain(['validate', ...flags, ...AS_OF], { cwd: fixture('validate-warnings') });
    expect(r).toEqual({
      exitCode,
      stdout: [
        'data/justice.yaml:3:9: warning: file is named "justice" but holds MOJ; name it moj.yaml [file-name]',
        'data/justice.yaml:6:5: warning: task MOJ-01 has no "result" (clear results: what output is expected) [missing-result]',
        '0 errors, 2 warnings in 1 file (1 task); configuration p06.yaml',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});

describe.concurrent('text from the data reaches the terminal escaped', () => {
  const dir = tempData({
    'p06.yaml': 'timezone: UTC\n',
    'data/moj.yaml': 'ministry: {code: MOJ, name: J}\ntasks:\n  - {id: MOJ-01, title: T, owner: O, deadline: 2024, result: R, status: "\\e[31m\\e]0;pwned\\a\\u202Edone\\u0085"}\n',
  });

  it.each(['text', 'github'])('--format %s', async (format) => {
    const r = await runMain(['validate', '--format', format, ...AS_OF], { cwd: dir });
    expect(rawUnsafe(r.stdout)).toBeUndefined();
    expect(r.stdout).toContain('status "\\x1B[31m\\x1B]0;pwned\\x07\\u202Edone\\x85"');
    expect(r.exitCode).toBe(1);
  });

  it('--format json escapes them and keeps the text exact', async () => {
    const r = await runMain(['validate', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(rawUnsafe(r.stdout)).toBeUndefined();
    expect(r.stdout).toContain('\\u001b[31m');
    expect(r.stdout).toContain('\\u202e');
    expect(r.stdout).toContain('\\u0085');
    expect(JSON.parse(r.stdout).problems[0].message).toContain('status "\u001b[31m\u001b]0;pwned\u0007\u202edone\u0085"');
  });
});

describe.concurrent('p06.yaml', () => {
  it('agencies listed there are known', async () => {
    const dir = tempData({
      'p06.yaml': 'timezone: UTC\nagencies:\n  SBV: State Bank of Vietnam\n',
      'data/moj.yaml': 'ministry: {code: MOJ, name: J}\ntasks:\n  - {id: MOJ-01, title: T, owner: O, deadline: 2024, status: done, completed: 2024-05-01, result: R, coordinating: [SBV, MPS]}\n',
    });
    const r = await runMain(['validate', ...AS_OF], { cwd: dir });
    expect(r.stdout).toBe(
      [
        'data/moj.yaml:3:122: warning: agency MPS has no task file and is not listed under "agencies" in p06.yaml [unknown-agency]',
        '0 errors, 1 warning in 1 file (1 task); configuration p06.yaml',
        '',
      ].join('\n'),
    );
    expect(r.exitCode).toBe(0);
  });

  it('its problems are sorted in with the data problems, by file and line', async () => {
    const dir = tempData({
      'p06.yaml': '# settings\ntimezon: UTC\n',
      'data/moj.yaml': 'ministry: {code: MOJ, name: J}\ntasks:\n  - {id: MOJ-01, title: T, owner: O, deadline: 2024, status: in_progress}\n',
    });
    const r = await runMain(['validate', ...AS_OF], { cwd: dir });
    expect(r.stdout).toBe(
      [
        'data/moj.yaml:3:5: warning: task MOJ-01 has no "result" (clear results: what output is expected) [missing-result]',
        'p06.yaml:2:1: error: unknown key "timezon"; did you mean "timezone"? [schema]',
        '1 error, 1 warning in 1 file (1 task); configuration p06.yaml',
        '',
      ].join('\n'),
    );
    expect(r.exitCode).toBe(1);
  });

  it('an unknown time zone is a problem, not a crash, when today is needed', async () => {
    const dir = tempData({ 'p06.yaml': 'timezone: Asia/Hanoi\n', 'data/moj.yaml': 'ministry: {code: MOJ, name: J}\ntasks: []\n' });
    const r = await runMain(['validate'], { cwd: dir });
    expect(r).toEqual({
      exitCode: 1,
      stdout: 'p06.yaml:1:11: error: unknown time zone "Asia/Hanoi"; use an IANA name such as Asia/Ho_Chi_Minh [schema]\n1 error, 0 warnings in 1 file (0 tasks); configuration p06.yaml\n',
      stderr: '',
    });
  });

  it('--config names it; a missing one is an error', async () => {
    const r = await runMain(['validate', '--config', 'nowhere.yaml', ...AS_OF], { cwd: MIXED });
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: configuration file nowhere.yaml does not exist\n' });
  });

  it('a missing data directory is an error', async () => {
    const r = await runMain(['validate', '--data', 'nowhere', ...AS_OF], { cwd: MIXED });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('p06: data directory nowhere does not exist (set it with --data or "data:" in p06.yaml)\n');
  });
});

describe.concurrent('usage errors exit 2 with the usage hint', () => {
  it.each([
    ['an unknown option', ['validate', '--bogus'], "unknown option '--bogus'"],
    ['an unknown global option', ['--bogus', 'validate'], "unknown option '--bogus'"],
    ['an unknown command', ['frobnicate'], "unknown command 'frobnicate'"],
    ['a month that does not exist', ['validate', '--as-of', '2024-13-01'], '--as-of "2024-13-01" is not a date: write YYYY-MM-DD'],
    ['a day that does not exist', ['validate', '--as-of', '2024-02-30'], '--as-of "2024-02-30" is not a date'],
    ['a date in another form', ['validate', '--as-of', '01/06/2024'], '--as-of "01/06/2024" is not a date'],
    ['an unknown format', ['validate', '--format', 'xml'], "argument 'xml' is invalid. Allowed choices are text, json, github."],
  ])('%s', async (_name, args, message) => {
    const r = await runMain(args, { cwd: MIXED });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(USAGE_HINT);
    expect(r.stderr).not.toContain('    at ');
  });

  it('no command at all prints the help on stderr', async () => {
    const r = await runMain([], { cwd: MIXED });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: p06');
  });
});

describe.concurrent('--help', () => {
  it.each([[['--help']], [['-h']], [['validate', '--help']]])('%j prints help on stdout and exits 0', async (args) => {
    const r = await runMain(args, { cwd: MIXED });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Usage: p06');
    expect(r.stdout).toContain('validate');
    expect(r.stderr).toBe('');
  });
});
