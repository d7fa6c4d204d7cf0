import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { englishPieces } from '../helpers/english-pieces.js';
import { fixture, runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { gitStepsAsync, newRepository } from '../helpers/git-script.js';
import { en } from '../../src/i18n/en.js';
import { meetingEn } from '../../src/i18n/meeting-en.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { gitRunsOf } from '../helpers/git-runs.js';
import { GIT_ENV, GIT_NO_USER_CONFIG } from '../helpers/git-env.js';

// `p06 demo` replays tests/fixtures/demo-history/ into a git repository
// (tasks appear on the date their source names, are done on their completion
// day, are extended on the approval day; one commit writes an invalid status
// and the next mends it), then changes, trend and brief read that history.
// The expectations are counted by hand from the fixture's two files.

const run = promisify(execFile);
const git = async (cwd: string, ...args: string[]) => (await run('git', args, { cwd, env: GIT_ENV })).stdout.trim();

let scratch: string;
let repo: string;
const env = GIT_NO_USER_CONFIG;
// In process, where git finds what it needs on the test runner's PATH.
const inRepo = (args: string[], extraEnv: Record<string, string> = {}) => runMain(args, { cwd: repo, env: { ...env, ...extraEnv } });
const json = async (args: string[]) => {
  const r = await inRepo([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'p06-history-'));
  repo = join(scratch, 'demo');
  const r = await runMain(['demo', repo], { cwd: fixture('demo-history'), env });
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toMatch(/^p06: wrote 6 commits to .*demo \(tags meeting-2024-01-25, meeting-2025-02-13\)/);
}, 60_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeTempDirs();
});

describe('p06 demo', () => {
  test('dated commits along the timeline, the two meetings tagged', async () => {
    const log = await git(repo, 'log', '--reverse', '--format=%ad|%s', '--date=format-local:%Y-%m-%d %H:%M');
    const lines = log.split('\n');
    expect(lines.length).toBe(6);
    expect(await git(repo, 'tag', '--list')).toBe('meeting-2024-01-25\nmeeting-2025-02-13');
    expect(await git(repo, 'log', '-1', '--format=%ai', 'meeting-2024-01-25')).toBe('2024-01-25 12:00:00 +0700');
    expect(await git(repo, 'log', '-1', '--format=%ai', 'meeting-2025-02-13')).toBe('2025-02-13 12:00:00 +0700');
    // The working tree is the data as it is now, committed.
    expect(await git(repo, 'status', '--porcelain')).toBe('');
  });

  test('refuses a folder that is not empty', async () => {
    const r = await runMain(['demo', repo], { cwd: fixture('demo-history'), env });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^p06: .*demo exists and is not empty: give a new folder for the demo repository\n$/);
  });
});

describe('p06 changes', () => {
  test('between the two meetings, task by task, as counted by hand', async () => {
    const doc = await json(['changes', '--since', 'meeting-2024-01-25', '--until', 'meeting-2025-02-13']);
    expect(doc.kind).toBe('changes');
    expect(doc.since).toEqual({ rev: 'meeting-2024-01-25', commit: await git(repo, 'rev-parse', 'meeting-2024-01-25^{commit}'), date: '2024-01-25' });
    expect(doc.until.date).toBe('2025-02-13');
    expect(doc.tasks).toEqual([
      { task: 'MOJ-01', ministry: 'MOJ', change: 'done', from: 'in_progress', to: 'done', date: '2024-03-20', result: 'Roadmap sent to the Prime Minister' },
      // Nobody edited MOJ-02 after April: it fell due on 31 December all the same.
      { task: 'MOJ-02', ministry: 'MOJ', change: 'newly-overdue', to: '2024-H2', date: '2024-12-31' },
      { task: 'MOJ-02', ministry: 'MOJ', change: 'deadline-moved', from: '2024-04-15', to: '2024-H2', date: '2024-04-10', reason: 'waiting for the roadmaps' },
      { task: 'MOJ-03', ministry: 'MOJ', change: 'added', to: '2025-Q2' },
      { task: 'MPS-01', ministry: 'MPS', change: 'newly-overdue', to: '2024-06-30', date: '2024-06-30' },
      { task: 'MPS-02', ministry: 'MPS', change: 'done', from: 'in_progress', to: 'done', date: '2024-06-28', result: 'New cards issued from 1 July 2024' },
    ]);
    expect(doc.ministries).toEqual([
      { ministry: 'MOJ', before: { total: 3, done: 1, percent_done: 33.3, overdue: 0 }, after: { total: 4, done: 2, percent_done: 50, overdue: 1 } },
      { ministry: 'MPS', before: { total: 4, done: 0, percent_done: 0, overdue: 0 }, after: { total: 4, done: 1, percent_done: 33.3, overdue: 1 } },
    ]);
    // MOJ-01 was first written "complete" on the morning of 2024-03-20.
    expect(doc.invalid_between).toEqual([{ commit: await git(repo, 'rev-parse', 'HEAD~4'), date: '2024-03-20' }]);
    expect(await git(repo, 'log', '-1', '--format=%s', 'HEAD~4')).toBe('MOJ-01: mark done');
  });

  test('a DATE is the last commit on or before that day in the configured zone; time passing alone is a change', async () => {
    const doc = await json(['changes', '--since', '2024-06-29', '--until', '2024-07-31']);
    expect(doc.since.commit).toBe(await git(repo, 'log', '-1', '--format=%H', '--grep=^MPS-02 done'));
    expect(doc.since.date).toBe('2024-06-29');
    // No commit after 2024-06-28 until the review: the same commit at both ends.
    expect(doc.until.commit).toBe(doc.since.commit);
    expect(doc.tasks).toEqual([{ task: 'MPS-01', ministry: 'MPS', change: 'newly-overdue', to: '2024-06-30', date: '2024-06-30' }]);
    expect(doc.invalid_between).toEqual([]);
  });

  test('up to the working tree as of --as-of; Markdown names the invalid commit', async () => {
    const r = await inRepo(['changes', '--since', '2024-03-01', '--as-of', '2024-05-01', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('→ the working tree (2024-05-01): 3 changes**');
    expect(r.stdout).toContain('| MOJ | MOJ-01 | done | Compile the ministries\' roadmaps | done on 2024-03-20: Roadmap sent to the Prime Minister |');
    expect(r.stdout).toMatch(/\*\*The data had errors at 1 commit in between.*\n\n\| Commit \| Date \| Errors \| First error \|\n.*\n\| [0-9a-f]{12} \| 2024-03-20 \| 1 \| data\/moj\.yaml:10:13: error: status "complete" is not one of/);
  });

  test('no repository, no git, an unknown revision, a shallow clone: one line, exit 1', async () => {
    const plain = tempData({ 'p06.yaml': 'data: data\n', 'data/moj.yaml': 'ministry:\n  code: MOJ\n  name: Ministry of Justice\ntasks: []\n' });
    const outside = await runMain(['changes', '--since', '2024-01-01'], { cwd: plain, env: { ...env, GIT_CEILING_DIRECTORIES: dirname(plain) } });
    expect(outside.exitCode).toBe(1);
    expect(outside.stderr).toMatch(/^p06: this directory is not in a git repository, and the history of the data comes from git \(git: [^\n]*\)\n$/);

    // Spawned: git is found on the PATH of the process that runs p06.
    const noGit = await runCli(['changes', '--since', '2024-01-01'], { cwd: repo, env: { ...env, PATH: '/nonexistent' } });
    expect(noGit.exitCode).toBe(1);
    expect(noGit.stderr).toBe('p06: git is not installed (or not on PATH), and the history of the data comes from git\n');

    const unknown = await inRepo(['changes', '--since', 'meeting-2023-01-01']);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toBe('p06: unknown revision "meeting-2023-01-01": name a branch, tag or commit this clone has, or a date YYYY-MM-DD\n');

    const before = await inRepo(['changes', '--since', '2023-12-31']);
    expect(before.exitCode).toBe(1);
    expect(before.stderr).toBe('p06: no commit on or before 2023-12-31: the history starts on 2024-01-25\n');

    const shallow = join(scratch, 'shallow');
    await run('git', ['clone', '--quiet', '--depth', '2', `file://${repo}`, shallow], { env: GIT_ENV });
    const r = await runMain(['changes', '--since', '2024-03-01'], { cwd: shallow, env });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('p06: this clone is too shallow to look back to 2024-03-01: fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)\n');
  });

  test('a data folder whose path holds a line break: one line naming it, in either language, never another folder read as the history', async () => {
    const dir = tempData({ ' two\nlines /p06.yaml': 'data: data\n', ' two\nlines /data/moj.yaml': 'ministry:\n  code: MOJ\n  name: Ministry of Justice\ntasks: []\n' });
    await gitStepsAsync(dir, newRepository());
    const cwd = join(dir, ' two\nlines ');
    for (const args of [['changes', '--since', '2024-01-01'], ['trend'], ['brief', '--format', 'markdown']]) {
      expect(await runMain([...args, '--as-of', '2026-06-01'], { cwd, env })).toEqual({
        exitCode: 1,
        stdout: '',
        stderr: 'p06: the data directory\'s path in the repository, " two\\nlines /data", has a line break, which git\'s batch reading cannot name; rename the folder to read its history\n',
      });
    }
    const vi = await runMain(['--lang', 'vi', 'changes', '--since', '2024-01-01'], { cwd, env });
    expect([vi.exitCode, vi.stderr]).toEqual([1, 'p06: đường dẫn của thư mục dữ liệu trong kho git, " two\\nlines /data", có ký tự xuống dòng mà git không đọc được theo lô; hãy đổi tên thư mục để xem lịch sử\n']);
  });
});

describe('p06 trend', () => {
  test('a point at each month end from the first commit, the last one as_of on the working tree', async () => {
    const doc = await json(['trend', '--as-of', '2024-08-15']);
    expect(doc.every).toBe('month');
    expect(doc.points.map((p: { date: string }) => p.date)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30', '2024-07-31', '2024-08-15']);
    const at = (date: string) => doc.points.find((p: { date: string }) => p.date === date);
    // 30 June: MOJ-04, MOJ-01 and MPS-02 done of 7 counted (MPS-04 cancelled; MOJ-03 not yet given); MPS-01 due that day, not yet overdue.
    expect(at('2024-06-30')).toMatchObject({ total: 7, done: 3, percent_done: 50, overdue: 0 });
    expect(at('2024-07-31')).toMatchObject({ total: 7, done: 3, overdue: 1 });
    expect(at('2024-07-31').ministries).toEqual([
      { ministry: 'MOJ', total: 3, done: 2, percent_done: 66.7, overdue: 0, at_risk: 0 },
      { ministry: 'MPS', total: 4, done: 1, percent_done: 33.3, overdue: 1, at_risk: 0 },
    ]);
    expect(doc.points.at(-1).commit).toBeNull();
    expect(at('2024-01-31').commit).toBe(await git(repo, 'rev-parse', 'meeting-2024-01-25^{commit}'));
  });

  test('weeks end on Sunday; Markdown shows a sparkline per ministry', async () => {
    const doc = await json(['trend', '--since', '2024-06-20', '--every', 'week', '--as-of', '2024-07-10']);
    expect(doc.points.map((p: { date: string }) => p.date)).toEqual(['2024-06-23', '2024-06-30', '2024-07-07', '2024-07-10']);
    const md = await inRepo(['trend', '--since', '2024-06-20', '--every', 'week', '--as-of', '2024-07-10', '--format', 'markdown']);
    expect(md.stdout).toContain('| MPS | Ministry of Public Security | ▁▃▃▃ | 0.0 → 33.3 | ▁▁██ | 0 → 1 |');
  });

  test('CSV gives the numbers, one row per point and ministry', async () => {
    const r = await inRepo(['trend', '--as-of', '2025-03-01', '--every', 'quarter', '--format', 'csv']);
    const rows = r.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    // 31 March is read at the commit that mended MOJ-01 on 20 March: MOJ-01 and MOJ-04 done.
    const mended = await git(repo, 'rev-parse', 'HEAD~3');
    expect(rows.slice(0, 4)).toEqual(['date,commit,ministry,total,done,percent_done,overdue,at_risk', `2024-03-31,${mended},MOJ,3,2,66.7,0,0`, `2024-03-31,${mended},MPS,4,0,0.0,0,0`, `2024-03-31,${mended},TOTAL,7,2,33.3,0,0`]);
    // 30 June: MPS-01 is due that day, so at risk, not overdue.
    expect(rows[6]).toBe(`2024-06-30,${await git(repo, 'rev-parse', 'HEAD~1')},TOTAL,7,3,50.0,0,1`);
    expect(rows.slice(-3)).toEqual(['2025-03-01,,MOJ,4,2,50.0,1,0', '2025-03-01,,MPS,4,1,33.3,1,0', '2025-03-01,,TOTAL,8,3,42.9,2,0']);
    expect(rows.length).toBe(1 + 5 * 3); // four quarter ends and as_of
  });
});

describe('the history cache', () => {
  // A cache folder of this block's own, so the runs below start cold.
  const cacheDir = () => join(scratch, 'history-cache');
  const cached = (args: string[]) => runMain(args, { cwd: repo, env: { ...env, P06_CACHE_DIR: cacheDir() } });
  const trend = ['trend', '--as-of', '2025-03-01', '--every', 'month', '--json'];
  /** The first entry whose value `is`, with its file name. */
  const findEntry = (is: (value: Record<string, unknown>) => boolean) => {
    for (const name of readdirSync(cacheDir()).filter((n) => n.endsWith('.json'))) {
      const entry = JSON.parse(readFileSync(join(cacheDir(), name), 'utf8'));
      if (is(entry.value ?? {})) return { path: join(cacheDir(), name), entry };
    }
    return undefined;
  };
  /** The entry that keeps the past trend points. */
  const pointsEntry = () => findEntry((v) => Array.isArray(v.points));

  test('cold, warm and --no-cache runs of trend, changes and brief print the same bytes', async () => {
    rmSync(cacheDir(), { recursive: true, force: true });
    for (const args of [trend, ['changes', '--since', 'meeting-2024-01-25', '--as-of', '2025-03-01', '--json'], ['brief', '--as-of', '2025-03-01', '--format', 'markdown']]) {
      const none = await cached(['--no-cache', ...args]);
      expect(none.exitCode).toBe(0);
      expect(await cached(args)).toEqual(none);
      expect(await cached(args)).toEqual(none);
    }
  });

  test('a past point is read from the cache, not counted again', async () => {
    await cached(trend);
    const found = pointsEntry();
    expect(found).toBeDefined();
    // Written into the cache only: the warm run must print it, the uncached run must not.
    for (const [, point] of found!.entry.value.points) point.total = 9999;
    writeFileSync(found!.path, JSON.stringify(found!.entry));
    const warm = JSON.parse((await cached(trend)).stdout);
    const past = warm.points.slice(0, -1);
    expect(past.length).toBe(14);
    expect(past.every((p: { total: number }) => p.total === 9999)).toBe(true);
    expect(warm.points.at(-1).total).toBe(8);
    const none = JSON.parse((await cached(['--no-cache', ...trend])).stdout);
    expect(none.points.map((p: { total: number }) => p.total)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8]);
  });

  test('changes reads a compared commit and the errors of the commits in between from the cache', async () => {
    const changes = ['changes', '--since', 'meeting-2024-01-25', '--until', 'meeting-2025-02-13', '--format', 'markdown'];
    rmSync(cacheDir(), { recursive: true, force: true });
    const cold = await cached(changes);
    expect(cold.stdout).toMatch(/\| [0-9a-f]{12} \| 2024-03-20 \| 1 \| data\/moj\.yaml:10:13: error: status "complete"/);
    expect(cold.stdout).toContain('| MOJ | MOJ-01 | done |');
    // Written into the cache only: the invalid commit's count, and MOJ-01 already done at the meeting.
    const errors = findEntry((v) => Array.isArray(v.commits))!;
    for (const [, at] of errors.entry.value.commits) if (at.errors > 0) at.errors = 41;
    writeFileSync(errors.path, JSON.stringify(errors.entry));
    const meeting = findEntry((v) => Array.isArray(v.tasks) && Array.isArray(v.files) && (v.tasks as { id: string; status: string }[]).some((t) => t.id === 'MOJ-01' && t.status === 'in_progress'))!;
    for (const t of meeting.entry.value.tasks) if (t.id === 'MOJ-01') t.status = 'done';
    writeFileSync(meeting.path, JSON.stringify(meeting.entry));
    const warm = await cached(changes);
    expect(warm.stdout).toMatch(/\| [0-9a-f]{12} \| 2024-03-20 \| 41 \| data\/moj\.yaml:10:13: error: status "complete"/);
    expect(warm.stdout).not.toContain('| MOJ | MOJ-01 | done |');
    expect(await cached(['--no-cache', ...changes])).toEqual(cold);
  });

  test('a commit\'s day in the configured zone is read from the cache', async () => {
    const changes = ['changes', '--since', 'meeting-2024-01-25', '--until', 'meeting-2025-02-13', '--json'];
    rmSync(cacheDir(), { recursive: true, force: true });
    const cold = JSON.parse((await cached(changes)).stdout);
    expect(cold.since.date).toBe('2024-01-25');
    // Written into the cache only: every commit a day later.
    const found = findEntry((v) => Array.isArray(v.days))!;
    expect(found.entry.value.days).toHaveLength(6);
    for (const pair of found.entry.value.days) pair[1] += 1;
    writeFileSync(found.path, JSON.stringify(found.entry));
    expect(JSON.parse((await cached(changes)).stdout).since.date).toBe('2024-01-26');
    expect(JSON.parse((await cached(['--no-cache', ...changes])).stdout)).toEqual(cold);
  });

  /** ECharts numbers its charts and styles across a process: main() run twice in this one draws the second with other numbers. */
  const sameChart = (html: string) => html.replace(/zr\d+-[\w-]+/g, 'zr');

  test('the trend chart is drawn once for the same points and language; an entry that could run or fetch anything is not used', async () => {
    const brief = ['brief', '--as-of', '2025-03-01', '--format', 'html'];
    rmSync(cacheDir(), { recursive: true, force: true });
    const cold = await cached(brief);
    expect(cold.stdout).toContain('<figure role="img"');
    const chart = findEntry((v) => typeof v.svg === 'string')!;
    const svg: string = chart.entry.value.svg;
    // Written into the cache only: the warm run must print it.
    chart.entry.value.svg = svg.replace('<figcaption>', '<figcaption>Kept in the cache. ');
    writeFileSync(chart.path, JSON.stringify(chart.entry));
    expect((await cached(brief)).stdout).toContain('<figcaption>Kept in the cache. ');
    const none = await cached(['--no-cache', ...brief]);
    expect(none.stdout).not.toContain('Kept in the cache');
    for (const hostile of ['<script>alert(1)</script>', '<image href="https://example.org/x.png"/>', '<rect onclick="alert(1)"/>', '<style>@import "https://example.org/x.css";</style>']) {
      chart.entry.value.svg = svg.replace('</svg>', `${hostile}</svg>`);
      writeFileSync(chart.path, JSON.stringify(chart.entry));
      expect(sameChart((await cached(brief)).stdout), hostile).toBe(sameChart(none.stdout));
    }
  });

  test('a cold changes or brief reads its commits in one batch (trees, sizes, blobs); a warm one reads no object', async () => {
    const runs = (args: string[]) => gitRunsOf(async () => expect((await cached(args)).exitCode).toBe(0));
    // Where the folder is, whether the clone is shallow and the commit --since names: one rev-parse.
    const opening = ['rev-parse --show-prefix', 'log --first-parent'];
    const batch = ['cat-file --batch', 'cat-file --batch-check', 'cat-file --batch'];
    rmSync(cacheDir(), { recursive: true, force: true });
    // The meeting's commit, the five commits since and the trend's fourteen month ends: one batch.
    for (const args of [['changes', '--since', 'meeting-2024-01-25', '--as-of', '2025-03-01'], ['brief', '--since', 'meeting-2024-01-25', '--as-of', '2025-03-01']]) {
      expect(await runs(['--no-cache', ...args]), args[0]).toEqual([...opening, ...batch]);
    }
    expect(await runs(['brief', '--since', 'meeting-2024-01-25', '--as-of', '2025-03-01'])).toEqual([...opening, ...batch]);
    expect(await runs(['brief', '--since', 'meeting-2024-01-25', '--as-of', '2025-03-01'])).toEqual(opening);
    // A date for --since and a revision for --until: the revision is the one resolved at the opening. Commits
    // not compared before are listed and measured; their blobs were all checked by the runs above.
    expect(await runs(['changes', '--since', '2024-02-01', '--until', 'meeting-2025-02-13', '--as-of', '2025-03-01'])).toEqual([...opening, 'cat-file --batch', 'cat-file --batch-check']);
    // No --since: the last meeting's tag is found, then resolved.
    expect(await runs(['brief', '--as-of', '2025-03-01'])).toEqual([...opening, 'describe --tags', 'rev-parse --verify']);
  });

  test('a damaged or wrongly shaped entry is a cold run', async () => {
    const none = await cached(['--no-cache', ...trend]);
    for (const damage of [(text: string) => text.slice(0, text.length / 2), (text: string) => text.replace(/"total":\d+/, '"total":"many"')]) {
      rmSync(cacheDir(), { recursive: true, force: true });
      await cached(trend);
      const found = pointsEntry()!;
      writeFileSync(found.path, damage(readFileSync(found.path, 'utf8')));
      expect(await cached(trend)).toEqual(none);
    }
  });
});

describe('p06 brief', () => {
  test('JSON: the headline, changes since the last meeting tag, decisions, overdue by first-due year, worst first', async () => {
    const doc = await json(['brief', '--as-of', '2025-03-01', '--format', 'json']);
    expect(doc.since.rev).toBe('meeting-2025-02-13');
    expect(doc.headline).toEqual({ total: 8, done: 3, percent_done: 42.9, recurring: 1, in_progress: 2, not_started: 1, overdue: 2, at_risk: 0 });
    expect(doc.overdue_by_first_due_year).toEqual({ '2024': 2 });
    expect(doc.decisions).toEqual([{ task: 'MPS-01', why: 'long-overdue', message: 'overdue 244 days (due 2024-06-30); the task force decides after 90 days' }]);
    expect(doc.ministries.map((m: { ministry: string }) => m.ministry)).toEqual(['MPS', 'MOJ']);
    expect(doc.changes).toEqual([]);
  });

  test('PDF with no browser installed: one line that says how to get one', async () => {
    const r = await inRepo(['brief', '--format', 'pdf', '--output', 'brief.pdf'], { PATH: '/nonexistent', CHROME_PATH: '' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('p06: no Chromium or Chrome found to print the PDF: install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its executable\n');
  });
});

/** The English a reader of the meeting pack would see, the headline sampled with its counts. */
function meetingEnglish(): string[] {
  const headline = meetingEn.meeting.headline({ total: 3, done: 3, percent_done: 3, recurring: 3, in_progress: 3, not_started: 3, overdue: 3, at_risk: 3, cancelled: 3 }, [{ year: 3, tasks: 3 }, { year: 3, tasks: 3 }]);
  return englishPieces([meetingEn.meeting, headline, en.report, en.column]);
}

describe('--lang vi: the meeting pack in the programme\'s Vietnamese', () => {
  const inVi = (args: string[]) => runMain(['--lang', 'vi', ...args], { cwd: repo, env });
  const english = meetingEnglish();

  test('the check knows the English it looks for, and finds it in an English brief (it can fail)', async () => {
    expect(english).toEqual(expect.arrayContaining(['Decisions needed', 'behind schedule since', 'What the task force is asked', 'Nothing moved between']));
    const r = await runMain(['brief', '--as-of', '2025-03-01', '--format', 'markdown'], { cwd: repo, env });
    expect(english.filter((e) => r.stdout.includes(e))).toEqual(expect.arrayContaining(['Decisions needed', 'behind schedule since', 'What the task force is asked']));
  });

  test('changes: kinds, dates, deadlines and names as the programme writes them', async () => {
    const r = await inVi(['changes', '--since', 'meeting-2024-01-25', '--until', 'meeting-2025-02-13', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(': 6 thay đổi**');
    expect(r.stdout).toContain('| MOJ | MOJ-01 | đã hoàn thành | Compile the ministries\' roadmaps | hoàn thành ngày 20/03/2024: Roadmap sent to the Prime Minister |');
    expect(r.stdout).toContain('| MOJ | MOJ-02 | mới quá hạn |');
    expect(r.stdout).toContain('đến hạn ngày 31/12/2024 (thời hạn 6 tháng cuối năm 2024) nhưng chưa hoàn thành |');
    expect(r.stdout).toContain('thời hạn 15/04/2024 → 6 tháng cuối năm 2024: waiting for the roadmaps (ngày đồng ý 10/04/2024) |');
    expect(r.stdout).toContain('| MOJ | MOJ-03 | giao mới |');
    expect(r.stdout).toContain('**Theo cơ quan: trước → sau**');
    expect(r.stdout).toContain('| MPS | Bộ Công an | 4 | 0 → 1 | 0,0 → 33,3 | 0 → 1 |');
    expect(r.stdout).toMatch(/\*\*Dữ liệu có lỗi tại 1 commit ở giữa/);
    expect(r.stdout).toMatch(/\| 20\/03\/2024 \| 1 \| data\/moj\.yaml:10:13: lỗi: status "complete" không phải là một trong /);
    expect(english.filter((e) => r.stdout.includes(e))).toEqual([]);
  });

  test('trend: the heading, the sparkline rows with a decimal comma, in the table too', async () => {
    const md = await inVi(['trend', '--since', '2024-06-20', '--every', 'week', '--as-of', '2024-07-10', '--format', 'markdown']);
    expect(md.stdout).toContain('**Diễn biến từ 23/06/2024 đến 10/07/2024, theo tuần: 4 thời điểm**');
    expect(md.stdout).toContain('| MPS | Bộ Công an | ▁▃▃▃ | 0,0 → 33,3 | ▁▁██ | 0 → 1 |');
    expect(md.stdout).toContain('| Tổng cộng |');
    const table = await inVi(['trend', '--every', 'quarter', '--as-of', '2025-03-01', '--format', 'table']);
    for (const out of [md.stdout, table.stdout]) expect(english.filter((e) => out.includes(e))).toEqual([]);
    expect(table.stdout).toContain('Tình hình Đề án tại từng thời điểm');
  });

  test('brief: lang="vi", the headline in the review\'s own words, the decision in Vietnamese in HTML and JSON alike', async () => {
    const html = (await inVi(['brief', '--as-of', '2025-03-01'])).stdout;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h1>Đề án 06: báo cáo phục vụ cuộc họp, tính đến ngày 01 tháng 03 năm 2025</h1>');
    expect(html).toContain(
      '<p class="headline">8 nhiệm vụ; 3 đã hoàn thành (42,9 %); 1 thực hiện thường xuyên; 2 đang thực hiện; 1 chưa thực hiện; 2 quá hạn, trong đó 2 chậm tiến độ từ năm 2024; 0 có nguy cơ chậm; 1 đã hủy.</p></section>',
    );
    expect(html).toContain('<h2 id="decisions-title">3. Nội dung xin ý kiến chỉ đạo</h2>');
    expect(html).toContain('quá hạn 244 ngày (hạn 30/06/2024); quá hạn trên 90 ngày thì xin ý kiến Tổ công tác');
    expect(html).toContain('<figcaption>Tỷ lệ hoàn thành: ');
    const md = (await inVi(['brief', '--as-of', '2025-03-01', '--format', 'markdown'])).stdout;
    // Ministries only: no subtotal, the total says it.
    expect(md).toContain('| Tổng cộng |   | 8 | 3 | 2 | 1 | 1 | 2 | 0 | 42,9 | ████▎░░░░░ |');
    expect(md).not.toContain('| Cộng |');
    expect(md).toContain('_Tính đến ngày 01 tháng 03 năm 2025._');
    for (const out of [html, md]) expect(english.filter((e) => out.includes(e))).toEqual([]);
    const doc = JSON.parse((await inVi(['brief', '--as-of', '2025-03-01', '--format', 'json'])).stdout);
    expect(doc.decisions).toEqual([{ task: 'MPS-01', why: 'long-overdue', message: 'quá hạn 244 ngày (hạn 30/06/2024); quá hạn trên 90 ngày thì xin ý kiến Tổ công tác' }]);
    expect(doc.headline.percent_done).toBe(42.9);
  });
});
