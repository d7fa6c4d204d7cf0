import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { gitSteps, newRepository } from '../helpers/git-script.js';
import { hashKey } from '../../src/load/cache-store.js';

// The editing commands end to end, on a copy of tests/fixtures/edit-basic:
// the exact bytes written, what is printed where, the exit codes, and that
// nothing is written when the edit would be refused by validate or review.
// They run main() in this process; tests/e2e/edit-concurrency.test.ts runs
// the built binary, ten at once on one file.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fresh copy of the fixture; with `crlfBom`, data/mof.yaml is rewritten with a BOM and CRLF line ends. */
function workdir(options: { crlfBom?: boolean; git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'p06-edit-'));
  dirs.push(dir);
  cpSync(fixture('edit-basic'), dir, { recursive: true });
  if (options.crlfBom) {
    const path = join(dir, 'data/mof.yaml');
    writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
  }
  if (options.git) {
    gitSteps(dir, newRepository());
  }
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const run = (dir: string, ...args: string[]) => runMain(['--as-of', '2024-06-10', ...args], { cwd: dir });

/** The lines of `after` that are not in `before` at the same place, and those gone: a line diff for equal-length texts. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
}

const ORIGINAL = readFileSync(join(fixture('edit-basic'), 'data/moj.yaml'), 'utf8');

describe('p06 set', () => {
  it('changes exactly one line and says which', async () => {
    const dir = workdir();
    const r = await run(dir, 'set', 'MOJ-02', 'owner=Ministry Office');
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    expect(r.stdout).toBe('data/moj.yaml:19: MOJ-02 owner Department of Civil Status → Ministry Office\n');
    expect(changedLines(ORIGINAL, read(dir, 'data/moj.yaml'))).toEqual([['    owner: Department of Civil Status   # illustrative', '    owner: Ministry Office   # illustrative']]);
  });

  it('keeps the BOM and CRLF line ends of a file', async () => {
    const dir = workdir({ crlfBom: true });
    const before = readFileSync(join(dir, 'data/mof.yaml'));
    const r = await run(dir, 'set', 'MOF-01', 'owner=Budget Department', 'coordinating=MOJ');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('data/mof.yaml:9: MOF-01 owner Ministry Office → Budget Department\ndata/mof.yaml:13: MOF-01 coordinating (none) → [MOJ]\n');
    const expected = before.toString('utf8').replace('owner: Ministry Office', 'owner: Budget Department').replace('result: Roadmap sent\r\n', 'result: Roadmap sent\r\n    coordinating: [MOJ]\r\n');
    expect(readFileSync(join(dir, 'data/mof.yaml')).toString('utf8')).toBe(expected);
    expect(expected.startsWith('\uFEFF')).toBe(true);
  });

  it('removes a key given an empty value, and sets lists and dates', async () => {
    const dir = workdir();
    const r = await run(dir, 'set', 'MOJ-03', 'result=', 'depends_on=MOJ-02, MOF-01', 'notes=see the minutes of today');
    expect(r.exitCode).toBe(0);
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL.replace('    result: Progress report\n', '    depends_on: [MOJ-02, MOF-01]\n    notes: see the minutes of today\n'));
    // Removing the result leaves a task without one: a warning, printed, not a refusal.
    expect(r.stderr).toBe('data/moj.yaml:29:5: warning: task MOJ-03 has no "result" (clear results: what output is expected) [missing-result]\n');
  });

  it('refuses a later deadline on an open task and points to p06 extend; the file is untouched', async () => {
    const dir = workdir();
    const r = await run(dir, 'set', 'MOJ-02', 'deadline=2024-Q4');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('data/moj.yaml:20:15: error: deadline moved later (2024-H1 → 2024-Q4) with no new extensions entry "from: 2024-H1"');
    expect(r.stderr).toContain('p06 extend MOJ-02 --to DEADLINE --reason TEXT');
    expect(r.stderr).toContain('nothing was written');
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL);
  });

  it('refuses what validate would reject, with the problem and its place', async () => {
    const dir = workdir();
    const r = await run(dir, 'set', 'MOJ-03', 'status=overdue', 'depends_on=MOJ-09');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^data\/moj\.yaml:33:13: error: status "overdue" cannot be stored.*\[schema\]$/),
      expect.stringMatching(/^data\/moj\.yaml:35:18: error: depends on MOJ-09, which no task has; did you mean MOJ-02\? \[unknown-dependency\]$|^p06: nothing/),
    ]);
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL);
  });

  it.each([
    [['set', 'MOJ-2', 'owner=X'], 1, 'p06: no task MOJ-2; did you mean MOJ-02?\n'],
    [['set', 'MOJ-02', 'ownr=X'], 2, 'p06: unknown key "ownr"; did you mean "owner"?'],
    [['set', 'MOJ-02', 'owner'], 2, 'p06: "owner" is not KEY=VALUE'],
    [['set', 'MOJ-02', 'id=MOJ-20'], 1, 'p06: a task keeps its id for life'],
  ])('%j exits %i', async (args, code, message) => {
    const dir = workdir();
    const r = await run(dir, ...args);
    expect(r.exitCode).toBe(code);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL);
  });

  it('keeps the file mode', async () => {
    const dir = workdir();
    chmodSync(join(dir, 'data/moj.yaml'), 0o640);
    expect((await run(dir, 'set', 'MOJ-03', 'owner=X')).exitCode).toBe(0);
    expect(statSync(join(dir, 'data/moj.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['mof.yaml', 'moj.yaml']);
  });
});

describe('p06 done, extend, cancel', () => {
  it('done sets status and completion date after the status line, and --json gives the edit document', async () => {
    const dir = workdir();
    const r = await run(dir, 'done', 'MOF-01', '--on', 'today', '--json');
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schema_version: 1,
      kind: 'edit',
      changes: [
        { file: 'data/mof.yaml', line: 11, task: 'MOF-01', key: 'status', from: 'in_progress', to: 'done' },
        { file: 'data/mof.yaml', line: 12, task: 'MOF-01', key: 'completed', from: null, to: '2024-06-10' },
      ],
    });
    expect(read(dir, 'data/mof.yaml')).toContain('    status: done\n    completed: 2024-06-10\n    result: Roadmap sent\n');
  });

  it('done refuses a completion after today (completed-in-future), and a task already done', async () => {
    const dir = workdir();
    const late = await run(dir, 'done', 'MOF-01', '--on', 'tomorrow');
    expect(late.exitCode).toBe(1);
    expect(late.stderr).toContain('completed 2024-06-11 is after 2024-06-10');
    const again = await run(dir, 'done', 'MOJ-01');
    expect(again).toMatchObject({ exitCode: 1, stderr: 'p06: MOJ-01 is already done (completed 2024-01-12)\n' });
    expect((await run(dir, 'done', 'MOF-01', '--on', 'someday')).exitCode).toBe(2);
  });

  it('extend records the extension in the style of the one before, and review accepts it', async () => {
    const dir = workdir({ git: true });
    const r = await run(dir, 'extend', 'MOJ-02', '--to', '2024-Q4', '--reason', 'three ministries late', '--approved', '2024-06-01');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('data/moj.yaml:20: MOJ-02 deadline 2024-H1 → 2024-Q4\ndata/moj.yaml:28: MOJ-02 extensions + from 2024-H1: three ministries late (approved 2024-06-01)\n');
    expect(read(dir, 'data/moj.yaml')).toBe(
      ORIGINAL.replace('deadline: 2024-H1', 'deadline: 2024-Q4').replace(
        '        approved: 2024-03-20\n',
        '        approved: 2024-03-20\n      - from: 2024-H1\n        reason: three ministries late\n        approved: 2024-06-01\n',
      ),
    );
    const review = await run(dir, 'review', '--base', 'HEAD');
    expect(review.exitCode).toBe(0);
  });

  it('extend refuses an earlier deadline and a task that is done', async () => {
    const dir = workdir();
    const earlier = await run(dir, 'extend', 'MOJ-02', '--to', '2024-02', '--reason', 'x');
    expect(earlier.exitCode).toBe(1);
    expect(earlier.stderr).toContain('--to 2024-02 is not later than the deadline 2024-H1');
    expect((await run(dir, 'extend', 'MOJ-01', '--to', '2025', '--reason', 'x')).stderr).toBe('p06: MOJ-01 is done: only an open task\'s deadline is extended\n');
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL);
  });

  it('cancel sets the status and records the reason with the day', async () => {
    const dir = workdir();
    const r = await run(dir, 'cancel', 'MOJ-03', '--reason', 'folded into MOJ-02');
    expect(r.exitCode).toBe(0);
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL.replace('    status: not_started\n    result: Progress report\n', '    status: cancelled\n    result: Progress report\n    notes: "Cancelled on 2024-06-10: folded into MOJ-02"\n'));
  });
});

describe('p06 add', () => {
  it('adds one task to each body, with the next free id in each, in the style of the task before', async () => {
    const dir = workdir({ crlfBom: true });
    const r = await run(dir, 'add', 'MOJ,mof', '--title', 'Register the identifier: all bodies', '--owner', 'Ministry Office', '--deadline', '2024-Q3', '--depends-on', 'MOJ-01');
    expect(r).toMatchObject({ exitCode: 0, stdout: 'data/moj.yaml:36: MOJ-04 added\ndata/mof.yaml:14: MOF-02 added\n' });
    expect(r.stderr).toContain('MOJ-04 has no "result"');
    const task = (id: string, eol: string) =>
      [`  - id: ${id}`, '    title: "Register the identifier: all bodies"', '    owner: Ministry Office', '    deadline: 2024-Q3', '    status: not_started', '    depends_on: [MOJ-01]', ''].join(eol);
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL + '\n' + task('MOJ-04', '\n'));
    expect(read(dir, 'data/mof.yaml').endsWith('Roadmap sent\r\n\r\n' + task('MOF-02', '\r\n'))).toBe(true);
    expect((await run(dir, 'validate')).exitCode).toBe(0);
  });

  it.each([
    [['add', 'MOX', '--title', 'T', '--owner', 'O', '--deadline', '2024'], 1, 'p06: no task file for MOX; did you mean MOF?\n'],
    [['add', 'MOJ', '--title', 'T', '--owner', 'O', '--deadline', '2024', '--id', 'MOJ-01'], 1, 'p06: task id MOJ-01 is taken\n'],
    [['add', 'MOJ,MOF', '--title', 'T', '--owner', 'O', '--deadline', '2024', '--id', 'MOJ-09'], 2, 'p06: --id names one task'],
    [['add', 'MOJ', '--title', 'T', '--owner', 'O', '--deadline', 'soon'], 2, 'p06: --deadline "soon" is not a deadline'],
  ])('%j exits %i', async (args, code, message) => {
    const dir = workdir();
    const r = await run(dir, ...args);
    expect(r.exitCode).toBe(code);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(read(dir, 'data/moj.yaml')).toBe(ORIGINAL);
  });
});

describe('p06 fmt', () => {
  it('--check lists what would change and exits 1; fmt rewrites keeping comments; then --check passes', async () => {
    const dir = workdir();
    const check = await run(dir, 'fmt', '--check');
    expect(check).toMatchObject({ exitCode: 1, stdout: 'data/moj.yaml\n' });
    const fmt = await run(dir, 'fmt');
    expect(fmt).toMatchObject({ exitCode: 0, stdout: 'formatted data/moj.yaml\n' });
    const after = read(dir, 'data/moj.yaml');
    expect(after).toContain("    result: Opinions sent\n");
    expect(after).toContain('    title: "Compile the roadmaps: 466 procedures"\n');
    expect(after).toContain('    owner: Department of Legislation # illustrative\n');
    expect(after).toContain('  # The roadmap task the meeting asked about.\n  - id: MOJ-02\n');
    expect(await run(dir, 'fmt', '--check')).toMatchObject({ exitCode: 0, stdout: '' });
    expect((await run(dir, 'validate')).exitCode).toBe(0);
  });
});

describe('p06 fmt --check and the cache', () => {
  it('a file found in the canonical layout is not parsed again while its bytes are the same; --no-cache always parses', async () => {
    const dir = workdir();
    const cache = join(dir, '.cache');
    const inCache = (...args: string[]) => runMain(['--as-of', '2024-06-10', ...args], { cwd: dir, env: { P06_CACHE_DIR: cache } });
    const unformatted = readFileSync(join(dir, 'data/moj.yaml'));
    expect((await inCache('fmt', '--check')).exitCode).toBe(1);
    expect((await inCache('fmt')).exitCode).toBe(0);
    expect(await inCache('fmt', '--check')).toMatchObject({ exitCode: 0, stdout: '' });
    // Written into the cache only: the unformatted bytes said to be canonical. The warm check believes it.
    const name = readdirSync(cache).find((n) => Array.isArray(JSON.parse(readFileSync(join(cache, n), 'utf8')).value?.canonical))!;
    const entry = JSON.parse(readFileSync(join(cache, name), 'utf8'));
    entry.value.canonical.push(hashKey([unformatted]));
    writeFileSync(join(cache, name), JSON.stringify(entry));
    writeFileSync(join(dir, 'data/moj.yaml'), unformatted);
    expect(await inCache('fmt', '--check')).toMatchObject({ exitCode: 0, stdout: '' });
    expect(await inCache('--no-cache', 'fmt', '--check')).toMatchObject({ exitCode: 1, stdout: 'data/moj.yaml\n' });
    // A damaged entry is a cold run.
    writeFileSync(join(cache, name), '{"format":1,"key":');
    expect(await inCache('fmt', '--check')).toMatchObject({ exitCode: 1, stdout: 'data/moj.yaml\n' });
  });
});

describe('p06 init', () => {
  it('sets up a data repository that validates and is formatted, and refuses to overwrite it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'p06-init-'));
    dirs.push(parent);
    const r = await runMain(['init', 'repo'], { cwd: parent });
    expect(r.exitCode).toBe(0);
    const files = ['p06.yaml', 'data/example.yaml', '.github/workflows/data.yml', '.github/CODEOWNERS', '.vscode/settings.json', '.pre-commit-config.yaml', 'schemas/config.schema.json', 'schemas/ministry.schema.json'];
    expect(r.stdout).toBe(files.map((f) => `created repo/${f}\n`).join(''));
    const repo = join(parent, 'repo');
    for (const f of files) expect(existsSync(join(repo, f))).toBe(true);
    expect(read(repo, '.github/CODEOWNERS')).toContain('/data/example.yaml  @your-org/example-editors');
    expect(JSON.parse(read(repo, '.vscode/settings.json'))['yaml.schemas']['./schemas/ministry.schema.json']).toBe('data/**/*.yaml');
    expect(await runMain(['validate', '--strict'], { cwd: repo })).toMatchObject({ exitCode: 0, stdout: '0 errors, 0 warnings in 1 file (1 task); configuration p06.yaml\n' });
    expect(await runMain(['fmt', '--check'], { cwd: repo })).toMatchObject({ exitCode: 0 });
    // Added tasks keep the file formatted.
    expect((await runMain(['add', 'EXAMPLE', '--title', 'T', '--owner', 'O', '--deadline', '2030', '--result', 'R'], { cwd: repo })).exitCode).toBe(0);
    expect(await runMain(['fmt', '--check'], { cwd: repo })).toMatchObject({ exitCode: 0 });

    writeFileSync(join(repo, 'p06.yaml'), 'data: data\n');
    const again = await runMain(['init', 'repo'], { cwd: parent });
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/^p06: not overwriting repo\/p06\.yaml, repo\/data\/example\.yaml, .*nothing was written/);
    expect(read(repo, 'p06.yaml')).toBe('data: data\n');
  });
});
