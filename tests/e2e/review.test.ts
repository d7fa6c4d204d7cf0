import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData, writeFiles, type FileMap } from '../helpers/temp-data.js';
import { GIT_ENV } from '../helpers/git-env.js';
import { commitSteps, gitStepsAsync, newRepository } from '../helpers/git-script.js';

// Each test builds a real git repository: the base is committed on main, the
// head is the working tree (or a second commit), and p06 review compares them.
// The tests share nothing, so they run concurrently. p06 runs through main()
// in this process, but where the test changes the environment git sees.

const AS_OF = '2024-07-01';

// Asynchronous, so the concurrent tests overlap their git and node processes.
const run = promisify(execFile);
async function git(dir: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd: dir, env: GIT_ENV })).stdout.trim();
}

const MOJ_BASE = `ministry:
  code: MOJ
  name: Ministry of Justice
tasks:
  - id: MOJ-01
    title: Compile the roadmaps
    owner: Department A
    deadline: 2024-Q1
    status: in_progress
    result: One roadmap
    extensions:
      - from: 2023-12
        reason: waiting for the ministries
  - id: MOJ-02
    title: Draft the decree
    owner: Department B
    deadline: 2024-06-30
    status: done
    completed: 2024-06-01
    result: Decree
  - id: MOJ-03
    title: Publish the guidance
    owner: Department C
    deadline: 2024-09
    status: not_started
    result: Guidance
    depends_on: [MOJ-01]
`;

const MOF_BASE = `ministry:
  code: MOF
  name: Ministry of Finance
tasks:
  - id: MOF-01
    title: Fund the data centre
    owner: Budget Department
    deadline: 2024-12
    status: not_started
    result: Funds allocated
`;

// The "done when" pull request: MOJ-03 deleted, MOJ-01's deadline moved
// without an extension and its extension's reason rewritten, MOJ-02 reopened.
// Line numbers below are this text's.
const MOJ_BROKEN = `ministry:
  code: MOJ
  name: Ministry of Justice
tasks:
  - id: MOJ-01
    title: Compile the roadmaps
    owner: Department A
    deadline: 2024-Q2
    status: in_progress
    result: One roadmap
    extensions:
      - from: 2023-12
        reason: the ministries were late
  - id: MOJ-02
    title: Draft the decree
    owner: Department B
    deadline: 2024-06-30
    status: in_progress
    result: Decree
`;

const BROKEN_PROBLEMS = [
  'data/moj.yaml:4:1: error: task MOJ-03 was removed; tasks are never deleted: put it back with status: cancelled [task-removed]',
  'data/moj.yaml:8:15: error: deadline moved later (2024-Q1 → 2024-Q2) with no new extensions entry "from: 2024-Q1"; record the extension with its reason [unrecorded-extension]',
  'data/moj.yaml:12:9: error: the extension from 2023-12 was rewritten (reason changed); past extensions are history: put it back as it was and add a new entry [history-rewritten]',
  'data/moj.yaml:18:13: warning: task was done on 2024-06-01 and is in_progress again; if the work really reopened, say why in notes [reopened]',
];

/** A repository with the base committed on main and `head` written over it in the working tree (null deletes). */
async function repo(head: Record<string, string | null> = {}, base: FileMap = { 'data/moj.yaml': MOJ_BASE, 'data/mof.yaml': MOF_BASE }): Promise<string> {
  const dir = tempData({ 'p06.yaml': 'data: data\n', ...base });
  await gitStepsAsync(dir, newRepository());
  applyHead(dir, head);
  return dir;
}

function applyHead(dir: string, head: Record<string, string | null>): void {
  for (const [name, content] of Object.entries(head)) {
    if (content === null) rmSync(join(dir, name));
    else writeFiles(dir, { [name]: content });
  }
}

/** Commits the working tree; the commit's id. */
const commitAll = (dir: string, message: string): Promise<string> => gitStepsAsync(dir, [...commitSteps(message), ['rev-parse', 'HEAD']]);

const review = (dir: string, ...args: string[]) => runMain(['review', '--as-of', AS_OF, ...args], { cwd: dir });
const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const short = (sha: string) => sha.slice(0, 12);

afterAll(() => removeTempDirs());

describe.concurrent('p06 review: changes', () => {
  test('a clean pull request lists every kind of change and exits 0', async () => {
    const dir = await repo({
      'data/moj.yaml': MOJ_BASE.replace('deadline: 2024-Q1', 'deadline: 2024-Q2')
        // "from: 2024-03" names the old deadline 2024-Q1 by its due date, 2024-03-31: accepted.
        .replace('        reason: waiting for the ministries\n', '        reason: waiting for the ministries\n      - from: 2024-03\n        reason: the decree came late\n        approved: 2024-03-20\n')
        .replace('completed: 2024-06-01', 'completed: 2024-05-31')
        .replace('title: Publish the guidance', 'title: Publish the guidance online')
        .replace('owner: Department C', 'owner: Department D')
        .replace('status: not_started', 'status: in_progress')
        .replace('depends_on: [MOJ-01]', 'depends_on: [MOJ-01, MOF-01]'),
      'data/mof.yaml': `${MOF_BASE}  - id: MOF-02\n    title: Train the staff\n    owner: Budget Department\n    deadline: 2024-12\n    status: not_started\n    result: Trained staff\n`,
    });
    const base = await git(dir, 'rev-parse', 'HEAD');
    const r = await review(dir, '--base', 'main');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'MOF-02 added: Train the staff',
        'MOJ-01 deadline: 2024-Q1 (due 2024-03-31) → 2024-Q2 (due 2024-06-30)',
        'MOJ-01 extensions: + from 2024-03: the decree came late (approved 2024-03-20)',
        'MOJ-02 completed: 2024-06-01 → 2024-05-31',
        'MOJ-03 status: not_started → in_progress',
        'MOJ-03 owner: Department C → Department D',
        'MOJ-03 depends_on: + MOF-01',
        'MOJ-03 title: Publish the guidance → Publish the guidance online',
        `0 errors, 0 warnings, 8 changes (main ${short(base)} → working tree)`,
        '',
      ].join('\n'),
    );
    expect(r.exitCode).toBe(0);
  });
});

describe.concurrent('p06 review: promise rules', () => {
  test('done when: deleting a task, moving a deadline silently and rewriting an extension name each task and rule, exit 1', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    const r = await review(dir, '--base', 'main');
    expect(lines(r.stdout)).toEqual([
      ...BROKEN_PROBLEMS,
      'MOJ-01 deadline: 2024-Q1 (due 2024-03-31) → 2024-Q2 (due 2024-06-30)',
      'MOJ-01 extensions: + from 2023-12: the ministries were late; − from 2023-12: waiting for the ministries',
      'MOJ-02 status: done → in_progress',
      'MOJ-02 completed: 2024-06-01 → none',
      'MOJ-03 removed: Publish the guidance',
      expect.stringMatching(/^3 errors, 1 warning, 5 changes \(main [0-9a-f]{12} → working tree\)$/),
    ]);
    expect(r.exitCode).toBe(1);
  });

  test('--lang vi: every problem, change and count in Vietnamese; rule ids, and JSON, unchanged', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    const r = await review(dir, '--base', 'main', '--lang', 'vi');
    expect(lines(r.stdout)).toEqual([
      'data/moj.yaml:4:1: lỗi: nhiệm vụ MOJ-03 bị xóa; không được xóa nhiệm vụ: hãy khôi phục và đặt status: cancelled [task-removed]',
      'data/moj.yaml:8:15: lỗi: thời hạn bị lùi (2024-Q1 → 2024-Q2) mà không có mục gia hạn mới "from: 2024-Q1"; hãy ghi lần gia hạn kèm lý do [unrecorded-extension]',
      'data/moj.yaml:12:9: lỗi: lần gia hạn từ 2023-12 bị sửa (đổi lý do); các lần gia hạn đã qua là lịch sử: hãy khôi phục như cũ và thêm một mục mới [history-rewritten]',
      'data/moj.yaml:18:13: cảnh báo: nhiệm vụ đã hoàn thành ngày 2024-06-01 nay lại có status in_progress; nếu nhiệm vụ thực sự phải thực hiện lại, hãy ghi lý do trong notes [reopened]',
      'MOJ-01 thời hạn: quý I/2024 (hạn 31/03/2024) → quý II/2024 (hạn 30/06/2024)',
      'MOJ-01 gia hạn: + từ thời hạn tháng 12/2023: the ministries were late; − từ thời hạn tháng 12/2023: waiting for the ministries',
      'MOJ-02 trạng thái: đã hoàn thành → đang thực hiện',
      'MOJ-02 ngày hoàn thành: 01/06/2024 → không có',
      'MOJ-03 bị xóa: Publish the guidance',
      expect.stringMatching(/^3 lỗi, 1 cảnh báo, 5 thay đổi \(main [0-9a-f]{12} → thư mục làm việc\)$/),
    ]);
    expect(r.exitCode).toBe(1);
    const markdown = await review(dir, '--base', 'main', '--lang', 'vi', '--format', 'markdown');
    expect(markdown.stdout).toContain('### p06 review: 3 lỗi, 1 cảnh báo, 5 thay đổi\n');
    expect(markdown.stdout).toContain('| | Vị trí | Nhiệm vụ | Nội dung | Quy tắc |\n');
    expect(markdown.stdout).toContain('| ❌ lỗi | data/moj.yaml:4:1 | MOJ-03 | nhiệm vụ MOJ-03 bị xóa;');
    const [en, vi] = await Promise.all([review(dir, '--base', 'main', '--json'), review(dir, '--base', 'main', '--json', '--lang', 'vi')]);
    expect(vi.stdout).toBe(en.stdout);
  });

  test('a renamed id counts as removed, and the message names the new id', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BASE.replace('id: MOJ-03', 'id: MOJ-03a') });
    const r = await review(dir, '--base', 'main');
    expect(lines(r.stdout)).toEqual([
      'data/moj.yaml:4:1: error: task MOJ-03 was renamed to MOJ-03a; a task keeps its id for life: keep MOJ-03 (set status: cancelled if MOJ-03a replaces it) [task-removed]',
      'MOJ-03 removed: Publish the guidance',
      'MOJ-03a added: Publish the guidance',
      expect.stringMatching(/^1 error, 0 warnings, 2 changes /),
    ]);
    expect(r.exitCode).toBe(1);
  });

  test('every problem validate finds in the head is reported too', async () => {
    const dir = await repo({ 'data/mof.yaml': MOF_BASE.replace('status: not_started', 'status: overdue') });
    const r = await review(dir, '--base', 'main');
    expect(lines(r.stdout)[0]).toMatch(/^data\/mof\.yaml:9:13: error: .*\[schema\]$/);
    expect(r.exitCode).toBe(1);
  });
});

describe.concurrent('p06 review: revisions', () => {
  test('--head reads a revision; without it the working tree is the head', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    const head = await commitAll(dir, 'head');
    applyHead(dir, { 'data/moj.yaml': MOJ_BASE });
    const both = await review(dir, '--base', 'HEAD~1', '--head', 'HEAD');
    expect(lines(both.stdout).slice(0, 4)).toEqual(BROKEN_PROBLEMS);
    expect(lines(both.stdout).at(-1)).toBe(`3 errors, 1 warning, 5 changes (HEAD~1 ${short(await git(dir, 'rev-parse', 'HEAD~1'))} → HEAD ${short(head)})`);
    expect(both.exitCode).toBe(1);
    // The working tree is back at the base: against HEAD~1, nothing changed.
    expect(lines((await review(dir, '--base', 'HEAD~1')).stdout)).toEqual([expect.stringMatching(/^0 errors, 0 warnings, 0 changes /)]);
    // Reviewing never touched the working tree or the index.
    expect(await git(dir, 'status', '--porcelain')).toBe('M data/moj.yaml');
  });

  test('from a subdirectory, paths are relative to it, as validate prints them', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    mkdirSync(join(dir, 'notes'));
    const r = await review(join(dir, 'notes'), '--base', 'main');
    expect(lines(r.stdout)[0]).toBe(`../${BROKEN_PROBLEMS[0]}`);
    expect(r.exitCode).toBe(1);
  });

  test('symbolic links and files that are not YAML are not read at the revision', async () => {
    const other = MOF_BASE.replace(/MOF/g, 'MOX');
    const dir = await repo();
    writeFiles(dir, { 'elsewhere/mox.yaml': other, 'data/mox.txt': other });
    await run('ln', ['-s', '../elsewhere/mox.yaml', join(dir, 'data', 'mox.yaml')]);
    await commitAll(dir, 'link');
    // Had the base read the link or the .txt file, MOX-01 would be "removed" in the working tree, which reads neither.
    const r = await review(dir, '--base', 'HEAD');
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^0 errors, 0 warnings, 0 changes /)]);
  });

  test('a base without the data directory: every task is added', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BASE, 'data/mof.yaml': MOF_BASE }, { 'README.md': 'empty\n' });
    const r = await review(dir, '--base', 'main');
    expect(lines(r.stdout).at(-1)).toMatch(/^0 errors, 0 warnings, 4 changes /);
    expect(r.exitCode).toBe(0);
  });
});

describe.concurrent('p06 review: formats', () => {
  test('json is exactly the §4.1 document', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    const r = await review(dir, '--base', 'main', '--format', 'json');
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['schema_version', 'kind', 'base', 'head', 'changes', 'problems']);
    expect(doc).toMatchObject({ schema_version: 1, kind: 'review', base: 'main', head: 'working tree' });
    expect(doc.changes).toEqual([
      { task: 'MOJ-01', ministry: 'MOJ', change: 'deadline', from: '2024-Q1', to: '2024-Q2' },
      { task: 'MOJ-01', ministry: 'MOJ', change: 'extensions', from: ['from 2023-12: waiting for the ministries'], to: ['from 2023-12: the ministries were late'] },
      { task: 'MOJ-02', ministry: 'MOJ', change: 'status', from: 'done', to: 'in_progress' },
      { task: 'MOJ-02', ministry: 'MOJ', change: 'completed', from: '2024-06-01' },
      { task: 'MOJ-03', ministry: 'MOJ', change: 'removed' },
    ]);
    const problems = doc.problems as Record<string, unknown>[];
    expect(problems.map((p) => Object.keys(p))).toEqual(Array(4).fill(['file', 'line', 'column', 'severity', 'rule', 'message', 'task']));
    expect(problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule, p.task])).toEqual([
      ['data/moj.yaml', 4, 1, 'error', 'task-removed', 'MOJ-03'],
      ['data/moj.yaml', 8, 15, 'error', 'unrecorded-extension', 'MOJ-01'],
      ['data/moj.yaml', 12, 9, 'error', 'history-rewritten', 'MOJ-01'],
      ['data/moj.yaml', 18, 13, 'warning', 'reopened', 'MOJ-02'],
    ]);
    expect(r.exitCode).toBe(1);
  });

  test('markdown is a pull-request comment: headline, problems, changes by ministry', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN, 'data/mof.yaml': MOF_BASE.replace('owner: Budget Department', 'owner: Budget | Planning') });
    const base = await git(dir, 'rev-parse', 'HEAD');
    const r = await review(dir, '--base', 'main', '--format', 'markdown');
    const out = lines(r.stdout);
    expect(out.slice(0, 6)).toEqual([
      '### p06 review: 3 errors, 1 warning, 6 changes',
      `Compared main (${short(base)}) with the working tree.`,
      '#### Problems',
      '| | Where | Task | Problem | Rule |',
      '| --- | --- | --- | --- | --- |',
      '| ❌ error | data/moj.yaml:4:1 | MOJ-03 | task MOJ-03 was removed; tasks are never deleted: put it back with status: cancelled | task-removed |',
    ]);
    expect(out.slice(out.indexOf('#### Changes'))).toEqual([
      '#### Changes',
      '**MOF: Ministry of Finance**',
      // A "|" in the data cannot break out of its cell or list item.
      '- **MOF-01** owner: Budget Department → Budget \\| Planning',
      '**MOJ: Ministry of Justice**',
      '- **MOJ-01** deadline: 2024-Q1 (due 2024-03-31) → 2024-Q2 (due 2024-06-30)',
      '- **MOJ-01** extensions: + from 2023-12: the ministries were late; − from 2023-12: waiting for the ministries',
      '- **MOJ-02** status: done → in\\_progress',
      '- **MOJ-02** completed: 2024-06-01 → none',
      '- **MOJ-03** removed: Publish the guidance',
    ]);
    expect(r.exitCode).toBe(1);
  });

  test('github prints annotations on the head lines, the changes and counts on stderr', async () => {
    const dir = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    const r = await review(dir, '--base', 'main', '--format', 'github');
    expect(lines(r.stdout)).toEqual([
      '::error file=data/moj.yaml,line=4,col=1,endColumn=5,title=p06 task-removed::task MOJ-03 was removed; tasks are never deleted: put it back with status: cancelled',
      '::error file=data/moj.yaml,line=8,col=15,endColumn=21,title=p06 unrecorded-extension::deadline moved later (2024-Q1 → 2024-Q2) with no new extensions entry "from: 2024-Q1"; record the extension with its reason',
      '::error file=data/moj.yaml,line=12,col=9,endLine=13,title=p06 history-rewritten::the extension from 2023-12 was rewritten (reason changed); past extensions are history: put it back as it was and add a new entry',
      '::warning file=data/moj.yaml,line=18,col=13,endColumn=23,title=p06 reopened::task was done on 2024-06-01 and is in_progress again; if the work really reopened, say why in notes',
    ]);
    expect(lines(r.stderr).at(-1)).toMatch(/^3 errors, 1 warning, 5 changes /);
    expect(r.exitCode).toBe(1);
  });
});

describe.concurrent('p06 review: errors are one line, never a stack trace', () => {
  const oneLine = (r: { stdout: string; stderr: string }, pattern: RegExp) => {
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([expect.stringMatching(pattern)]);
    expect(r.stderr).not.toContain('    at ');
  };

  test('an unknown revision', async () => {
    const r = await review(await repo(), '--base', 'origin/nope');
    oneLine(r, /^p06: unknown revision "origin\/nope": name a branch, tag or commit this clone has/);
    expect(r.exitCode).toBe(1);
  });

  test('a revision that looks like an option is never passed to git', async () => {
    const r = await review(await repo(), '--base=--output=/tmp/p06-pwned');
    oneLine(r, /^p06: unknown revision "--output=\/tmp\/p06-pwned"/);
    expect(r.exitCode).toBe(1);
  });

  test('a shallow clone that lacks the base', async () => {
    const origin = await repo({ 'data/moj.yaml': MOJ_BROKEN });
    await commitAll(origin, 'head');
    const clone = join(dirname(origin), `${origin.split(/[\\/]/).pop()}-clone`);
    await git(dirname(origin), 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    try {
      const r = await review(clone, '--base', 'HEAD~1');
      oneLine(r, /^p06: unknown revision "HEAD~1": this clone is shallow and may not have it; fetch the history/);
      expect(r.exitCode).toBe(1);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  test('a directory that is not a git repository', async () => {
    const dir = tempData({ 'p06.yaml': 'data: data\n', 'data/moj.yaml': MOJ_BASE });
    const r = await runCli(['review', '--base', 'main'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dirname(dir) } });
    oneLine(r, /^p06: this directory is not in a git repository, and p06 review compares git revisions \(git: fatal: not a git repository/);
    expect(r.exitCode).toBe(1);
  });

  test('git not installed', async () => {
    const r = await runCli(['review', '--base', 'main'], { cwd: await repo(), env: { PATH: '/nonexistent' } });
    oneLine(r, /^p06: git is not installed \(or not on PATH\); p06 review reads revisions through git$/);
    expect(r.exitCode).toBe(1);
  });

});
