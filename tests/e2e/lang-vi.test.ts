import { execFileSync } from 'node:child_process';
import XLSX from 'xlsx';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, type Words } from '../../src/i18n/en.js';
import { vi } from '../../src/i18n/vi.js';
import { STATUSES } from '../../src/domain/status.js';
import { runInProcess } from '../property/support/run.js';
import { englishPieces } from '../helpers/english-pieces.js';
import { fixture, runCli } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { parseCsv } from '../helpers/parse-csv.js';
import { GIT_ENV } from '../helpers/git-env.js';
import { gitSteps, newRepository } from '../helpers/git-script.js';

const CWD = fixture('reports-basic');
const AS_OF = ['--as-of', '2024-02-01'];

/** The sections of a catalogue whose sentences a --lang vi reader must never see in English. */
const sections = (w: Words) => [w.report, w.column, w.field, w.notes, w.errors, w.problem, w.edit, w.write, w.history, w.revision, w.review.extension, STATUSES.map((s) => w.status(s))];
const catalogueEnglish = () => englishPieces(sections(en), sections(vi));

const COMMANDS: string[][] = [
  ['overdue'],
  ['at-risk'],
  ['summary'],
  ['list'],
  ['show', 'MOJ-2'],
  ['show', 'MOJ-99'],
  ['overdue', '--ministry', 'MOX'],
];
const FORMATS = ['markdown', 'table', 'csv'];

/** The head of a Ministry of Justice file with its Vietnamese name and abbreviation. */
const MOJ_VI_HEADER = ['ministry:', '  code: MOJ', '  name: Ministry of Justice', '  name_vi: Bộ Tư pháp', '  abbr_vi: BTP', 'tasks:'];

describe('--lang vi: no English sentence from the catalogue reaches the reader', () => {
  const english = catalogueEnglish();

  it('the check knows the English it looks for', () => {
    expect(english).toEqual(
      expect.arrayContaining([
        'Days overdue',
        'No task is overdue as of',
        'in the data; did you mean',
        'Depends on (transitively):',
        'is already done (completed',
        ': nothing was written: the edit would leave these',
        'this directory is not in a git repository, and the history of the data comes from git (git:',
        'commits to',
        'files (a file committed under several names counts once per name), over the',
        'reads of each side of a review',
        'git is not installed (or not on PATH); p',
        'review reads revisions through git',
        'cannot read the configuration at',
        '.yaml; keep the data beside it, or give the folder with --data',
      ]),
    );
    // Command lines are alike in both catalogues and are not counted as English.
    expect(english.filter((e) => e.includes('git init'))).toEqual([]);
  });

  it('the same check finds the English in an English report (it can fail)', async () => {
    const r = await runInProcess([...AS_OF, 'overdue', '--format', 'markdown'], CWD);
    expect(english.filter((e) => r.stdout.includes(e))).toEqual(expect.arrayContaining(['Days overdue', 'Overdue as of']));
  });

  it.each(COMMANDS.flatMap((c) => FORMATS.filter((f) => c[0] !== 'show' || f === 'table').map((f) => [c, f] as const)))('%j as %s', async (command, format) => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', ...command, '--format', format], CWD);
    const out = r.stdout + r.stderr;
    expect(out.length).toBeGreaterThan(0);
    expect(english.filter((e) => out.includes(e))).toEqual([]);
  });

  it.each(['validate-mixed', 'reports-invalid', 'data-v2-rules', 'validate-warnings'])('validate in %s: every problem in Vietnamese, with or without the cache', async (name) => {
    const first = await runInProcess([...AS_OF, '--lang', 'vi', 'validate', '--no-source'], fixture(name));
    const again = await runInProcess([...AS_OF, '--lang', 'vi', 'validate', '--no-source'], fixture(name));
    expect(first.stdout).toMatch(/(lỗi|cảnh báo)/);
    expect(again.stdout).toBe(first.stdout);
    expect(english.filter((e) => first.stdout.includes(e))).toEqual([]);
  });

  it('validate names each problem at its place, in Vietnamese, with the rule id unchanged', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', 'validate', '--no-source'], fixture('validate-mixed'));
    expect([r.exitCode, r.stdout]).toEqual([
      1,
      [
        'data/moj.yaml:11:13: lỗi: status "hoàn thành" không phải là một trong not_started, in_progress, done, recurring, cancelled [schema]',
        'data/moj.yaml:13:5: cảnh báo: nhiệm vụ MOJ-02 chưa có "result" (rõ kết quả: sản phẩm cần đạt) [missing-result]',
        'data/office.yaml:3:9: cảnh báo: tệp có tên "office" nhưng chứa dữ liệu của GO; hãy đổi tên thành go.yaml [file-name]',
        'data/sub/mof.yaml:9:15: lỗi: 2024-02-30 không phải là ngày có thật [invalid-date]',
        'data/sub/mof.yaml:16:13: lỗi: status "50% done" không phải là một trong not_started, in_progress, done, recurring, cancelled [schema]',
        '3 lỗi, 2 cảnh báo trong 3 tệp (4 nhiệm vụ); cấu hình p06.yaml',
        '',
      ].join('\n'),
    ]);
    // Machines read the English message and the rule, in any language.
    const json = await runInProcess([...AS_OF, '--lang', 'vi', 'validate', '--json'], fixture('validate-mixed'));
    expect(JSON.parse(json.stdout).problems[3]).toEqual({ file: 'data/sub/mof.yaml', line: 9, column: 15, severity: 'error', rule: 'invalid-date', message: '2024-02-30 is not a real date', task: 'MOF-01' });
  });

  it('p06.yaml can set the language, and --lang wins over it', async () => {
    const dir = tempData({});
    cpSync(CWD, dir, { recursive: true });
    writeFileSync(join(dir, 'p06.yaml'), readFileSync(join(CWD, 'p06.yaml'), 'utf8') + 'lang: vi\n');
    expect((await runInProcess([...AS_OF, 'summary'], dir)).stdout).toMatch(/^\*\*Tổng hợp tính đến ngày 01 tháng 02 năm 2024: /);
    expect((await runInProcess([...AS_OF, '--lang', 'en', 'summary'], dir)).stdout).toMatch(/^\*\*Summary as of 2024-02-01: /);
  });

  it('the summary reads as the programme writes it: Vietnamese names, decimal comma', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', 'summary', '--format', 'csv'], CWD);
    expect(r.stdout).toContain('Bộ Tư pháp');
    expect(r.stdout).toMatch(/Tỷ lệ hoàn thành/);
    // % done is the last column (CSV has no bar), written plainly for programs: 50.4, not 50,4.
    expect(r.stdout).toMatch(/,\d+\.\d\r\n/);
  });

  it('JSON does not change with the language', async () => {
    const [a, b] = await Promise.all([runInProcess([...AS_OF, 'at-risk', '--json'], CWD), runInProcess([...AS_OF, '--lang', 'vi', 'at-risk', '--json'], CWD)]);
    expect(b.stdout).toBe(a.stdout);
  });

  it.each([
    [['list', '--status', 'overdue'], 2, 'p06: --status overdue không phải là một trong not_started, in_progress, done, recurring, cancelled; overdue được tính từ thời hạn và quan hệ phụ thuộc: dùng p06 overdue\n'],
    [['at-risk', '--within', 'soon'], 2, 'p06: --within "soon" không phải là số ngày\n'],
    [['list', '--due-before', '2024-02-30'], 2, 'p06: --due-before "2024-02-30" không phải là ngày: ghi YYYY-MM-DD, ví dụ --due-before 2024-02-01\n'],
    [['summary', '--json', '--format', 'csv'], 2, 'p06: --json và --format csv yêu cầu hai định dạng khác nhau; chỉ nêu một\n'],
    [['--config', 'none.yaml', 'summary'], 1, 'p06: tệp cấu hình none.yaml không tồn tại\n'],
  ])('%j: the command line\'s mistakes in Vietnamese', async (args, code, stderr) => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', ...args], CWD);
    const hint = code === 2 ? 'chạy "p06 --help" để xem hướng dẫn sử dụng\n' : '';
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([code, '', stderr + hint]);
  });

  it('an unknown language is a usage error', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'fr', 'summary'], CWD);
    expect([r.exitCode, r.stderr]).toEqual([2, 'p06: --lang "fr" is not one of en, vi\nrun "p06 --help" for usage\n']);
  });
});

describe('Vietnamese abbreviations, the new filters and the worst-first summary', () => {
  afterAll(() => removeTempDirs());
  const dir = tempData({
    'data/moj.yaml': [
      ...MOJ_VI_HEADER,
      '  - id: MOJ-01',
      '    title: Amend the decree on civil status',
      '    owner: Department of Civil Status',
      '    leader: Thứ trưởng Nguyễn Thanh Tịnh',
      '    refs: [Decree 87/2020/ND-CP]',
      '    obstacle: Waiting for the population database link',
      '    deadline: 2024-01-31',
      '    status: in_progress',
      '    result: An amended decree',
      '  - id: MOJ-02',
      '    title: Publish the guidance',
      '    owner: Legal Department',
      '    deadline: 2024-12-31',
      '    status: not_started',
      '    result: Guidance',
      '',
    ].join('\n'),
    'data/molisa.yaml': [
      'ministry:',
      '  code: MOLISA',
      '  name: Ministry of Labour, Invalids and Social Affairs',
      '  name_vi: Bộ Lao động - Thương binh và Xã hội',
      '  abbr_vi: BLĐTBXH',
      'tasks:',
      '  - id: MOLISA-01',
      '    title: Pay benefits through bank accounts',
      '    owner: Social Protection Department',
      '    deadline: 2024-06-30',
      '    status: done',
      '    completed: 2024-01-20',
      '    result: Benefits paid',
      '',
    ].join('\n'),
  });
  const ids = async (...args: string[]) => {
    const r = await runInProcess([...AS_OF, ...args, '--json'], dir);
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout).tasks as { id: string }[]).map((t) => t.id);
  };

  it.each([
    [['list', '--ministry', 'BTP'], ['MOJ-01', 'MOJ-02']],
    [['list', '--ministry', 'bldtbxh'], ['MOLISA-01']],
    [['list', '--ministry', 'BLĐTBXH,moj'], ['MOJ-01', 'MOJ-02', 'MOLISA-01']],
    [['list', '--leader', 'nguyen thanh tinh'], ['MOJ-01']],
    [['list', '--ref', '87/2020'], ['MOJ-01']],
    [['list', '--text', 'DATABASE link'], ['MOJ-01']],
    [['overdue', '--ministry', 'BTP'], ['MOJ-01']],
  ])('%j → %j', async (args, expected) => {
    expect(await ids(...args)).toEqual(expected);
  });

  it('a mistyped abbreviation is an error naming the nearest, in the reader’s language', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', 'overdue', '--ministry', 'BTQ'], dir);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([1, '', 'p06: không có cơ quan BTQ trong dữ liệu; có phải là BTP?\n']);
  });

  it('tables show abbreviations and Vietnamese names; --sort worst puts the most overdue first', async () => {
    const overdue = await runInProcess([...AS_OF, '--lang', 'vi', 'overdue', '--format', 'csv'], dir);
    expect(overdue.stdout.split('\n')[1]).toMatch(/^MOJ-01,BTP,/);
    const summary = await runInProcess([...AS_OF, '--lang', 'vi', 'summary', '--sort', 'worst', '--format', 'csv'], dir);
    expect(parseCsv(summary.stdout).slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['BTP', 'Bộ Tư pháp'],
      ['BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
      ['Tổng cộng', ''],
    ]);
    const show = await runInProcess([...AS_OF, '--lang', 'vi', 'show', 'MOJ-01', '--format', 'table'], dir);
    expect(show.stdout).toMatch(/Lãnh đạo phụ trách\s*│ Thứ trưởng Nguyễn Thanh Tịnh/);
    expect(show.stdout).toMatch(/Khó khăn, vướng mắc\s*│ Waiting for the population database link/);
    expect(show.stdout).toMatch(/Văn bản liên quan\s*│ Decree 87\/2020\/ND-CP/);
  });
});

/** Every two-word English piece of the catalogue found in `out` (none, under --lang vi). */
const englishIn = (out: string) => {
  const english = catalogueEnglish();
  return english.filter((e) => out.includes(e));
};

describe('--lang vi: the editing commands speak Vietnamese, changes and refusals alike', () => {
  afterAll(() => removeTempDirs());
  const copy = () => {
    const dir = tempData({});
    cpSync(fixture('edit-basic'), dir, { recursive: true });
    return dir;
  };
  const vi = (dir: string, ...args: string[]) => runInProcess(['--lang', 'vi', '--as-of', '2024-06-10', ...args], dir);

  it('a change, an extension, a cancellation and a new task: each line in Vietnamese, the values as the file writes them', async () => {
    const dir = copy();
    const set = await vi(dir, 'set', 'MOJ-02', 'owner=Văn phòng Bộ', 'leader=Thứ trưởng Nguyễn Thanh Tịnh');
    expect([set.exitCode, set.stdout, set.stderr]).toEqual([0, 'data/moj.yaml:19: MOJ-02 owner Department of Civil Status → Văn phòng Bộ\ndata/moj.yaml:20: MOJ-02 leader (không có) → Thứ trưởng Nguyễn Thanh Tịnh\n', '']);
    const extend = await vi(dir, 'extend', 'MOJ-02', '--to', '2024-Q4', '--reason', 'chờ ý kiến các bộ', '--approved', '2024-06-01');
    expect([extend.exitCode, extend.stdout, extend.stderr]).toEqual([
      0,
      'data/moj.yaml:21: MOJ-02 deadline 2024-H1 → 2024-Q4\ndata/moj.yaml:29: MOJ-02 gia hạn + từ thời hạn 6 tháng đầu năm 2024: chờ ý kiến các bộ (ngày đồng ý 01/06/2024)\n',
      '',
    ]);
    const cancel = await vi(dir, 'cancel', 'MOJ-03', '--reason', 'gộp vào MOJ-02');
    expect([cancel.exitCode, cancel.stdout]).toEqual([0, 'data/moj.yaml:37: MOJ-03 status not_started → cancelled\ndata/moj.yaml:39: MOJ-03 notes (không có) → Đã hủy ngày 10/06/2024: gộp vào MOJ-02\n']);
    // The note is in the file in the reader's language.
    expect(readFileSync(join(dir, 'data/moj.yaml'), 'utf8')).toContain('notes: "Đã hủy ngày 10/06/2024: gộp vào MOJ-02"');
    const add = await vi(dir, 'add', 'MOF', '--title', 'Báo cáo kết quả', '--owner', 'Vụ Ngân sách', '--deadline', '2025');
    expect([add.exitCode, add.stdout, add.stderr]).toEqual([0, 'data/mof.yaml:14: MOF-02 thêm mới\n', 'data/mof.yaml:14:5: cảnh báo: nhiệm vụ MOF-02 chưa có "result" (rõ kết quả: sản phẩm cần đạt) [missing-result]\n']);
    for (const r of [set, extend, cancel, add]) expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });

  it('an edit refused for the error it would leave: the problem, the way out and "nothing written", all in Vietnamese', async () => {
    const dir = copy();
    const r = await vi(dir, 'set', 'MOJ-02', 'deadline=2024-Q4');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([
      1,
      '',
      [
        'data/moj.yaml:20:15: lỗi: thời hạn bị lùi (2024-H1 → 2024-Q4) mà không có mục gia hạn mới "from: 2024-H1"; hãy ghi lần gia hạn kèm lý do [unrecorded-extension]',
        'p06: chỉ được lùi thời hạn khi có ghi nhận gia hạn: p06 extend MOJ-02 --to THỜI_HẠN --reason LÝ_DO [--approved NGÀY]',
        'p06: chưa ghi gì vào tệp: thay đổi này sẽ để lại lỗi trên',
        '',
      ].join('\n'),
    ]);
    expect(readFileSync(join(dir, 'data/moj.yaml'), 'utf8')).toBe(readFileSync(join(fixture('edit-basic'), 'data/moj.yaml'), 'utf8'));
  });

  it.each([
    [['done', 'MOJ-01'], 1, 'p06: MOJ-01 đã hoàn thành (ngày hoàn thành 12/01/2024)\n'],
    [['done', 'MOJ-02', '--period', '2024-Q1'], 2, 'p06: --period chỉ dùng cho nhiệm vụ thực hiện thường xuyên, còn MOJ-02 có trạng thái đang thực hiện\nchạy "p06 --help" để xem hướng dẫn sử dụng\n'],
    [['extend', 'MOJ-02', '--to', '2024-02', '--reason', 'x'], 1, 'p06: --to 2024-02 không muộn hơn thời hạn 2024-H1: gia hạn là lùi thời hạn về sau (rút ngắn thời hạn thì không cần ghi nhận: p06 set MOJ-02 deadline=2024-02)\n'],
    [['extend', 'MOJ-01', '--to', '2025', '--reason', 'x'], 1, 'p06: MOJ-01 có trạng thái đã hoàn thành: chỉ gia hạn nhiệm vụ chưa hoàn thành\n'],
    [['extend', 'MOJ-02', '--to', 'soon', '--reason', 'x'], 2, 'p06: --to "soon" không phải là thời hạn: ghi YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn hoặc YYYY\nchạy "p06 --help" để xem hướng dẫn sử dụng\n'],
    [['cancel', 'MOJ-01', '--reason', 'x'], 1, 'p06: MOJ-01 đã hoàn thành (ngày hoàn thành 12/01/2024); nhiệm vụ đã hoàn thành thì giữ nguyên trạng thái\n'],
    [['set', 'MOJ-2', 'owner=X'], 1, 'p06: không có nhiệm vụ MOJ-2; có phải là MOJ-02?\n'],
    [['set', 'MOJ-02', 'id=MOJ-09'], 1, 'p06: mã nhiệm vụ được giữ nguyên suốt thời gian thực hiện (khi rà soát, nhiệm vụ đổi mã bị tính là đã xóa); muốn thay nhiệm vụ thì hủy nhiệm vụ cũ và thêm nhiệm vụ mới\n'],
    [['set', 'MOJ-02', 'owner'], 2, 'p06: "owner" không có dạng KHÓA=GIÁ_TRỊ (ví dụ owner="Văn phòng Bộ"; giá trị rỗng để xóa khóa: notes=)\nchạy "p06 --help" để xem hướng dẫn sử dụng\n'],
    [['set', 'MOJ-02', 'completed=someday', 'completed=today'], 2, 'p06: completed được ghi hai lần\nchạy "p06 --help" để xem hướng dẫn sử dụng\n'],
    [['add', 'BTQ', '--title', 'T', '--owner', 'O', '--deadline', '2025'], 1, 'p06: không có tệp nhiệm vụ của BTQ\n'],
    [['add', 'MOF', '--title', 'T', '--owner', 'O', '--deadline', '2025', '--id', 'MOF-01'], 1, 'p06: mã nhiệm vụ MOF-01 đã được dùng\n'],
  ])('%j refused in Vietnamese (exit %i)', async (args, code, stderr) => {
    const r = await vi(copy(), ...args);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([code, '', stderr]);
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('lang: vi in p06.yaml words the refusals too', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'p06.yaml'), readFileSync(join(dir, 'p06.yaml'), 'utf8') + 'lang: vi\n');
    const r = await runInProcess(['--as-of', '2024-06-10', 'done', 'MOJ-01'], dir);
    expect([r.exitCode, r.stderr]).toEqual([1, 'p06: MOJ-01 đã hoàn thành (ngày hoàn thành 12/01/2024)\n']);
  });

  it('fmt and init say what they wrote in Vietnamese', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'data/mof.yaml'), readFileSync(join(dir, 'data/mof.yaml'), 'utf8').replace('  code: MOF', '  code:    MOF'));
    const fmt = await vi(dir, 'fmt');
    expect([fmt.exitCode, fmt.stdout, fmt.stderr]).toEqual([0, 'đã định dạng lại data/mof.yaml\nđã định dạng lại data/moj.yaml\n', '']);
    const init = await vi(dir, 'init', 'repo');
    expect(init.exitCode).toBe(0);
    expect(init.stdout.split('\n')[0]).toBe('đã tạo repo/p06.yaml');
    expect(init.stderr).toBe('tiếp theo: cd repo && git init && p06 validate; thêm vào data/ một tệp cho mỗi cơ quan và ghi đơn vị phụ trách tệp vào .github/CODEOWNERS\n');
    const again = await vi(dir, 'init', 'repo');
    expect([again.exitCode, again.stdout]).toEqual([1, '']);
    expect(again.stderr).toMatch(/^p06: không ghi đè repo\/p06\.yaml, .*; chưa ghi gì \(init dùng để thiết lập kho dữ liệu mới\)\n$/);
    for (const r of [fmt, init, again]) expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });
});

// Git without the developer's configuration, with fixed dates.
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').trim();

const MOJ_BASE = [
  'ministry:',
  '  code: MOJ',
  '  name: Ministry of Justice',
  '  name_vi: Bộ Tư pháp',
  '  abbr_vi: BTP',
  'tasks:',
  '  - id: MOJ-01',
  '    title: Sửa đổi nghị định về hộ tịch',
  '    owner: Vụ Pháp luật',
  '    deadline: 2024-03',
  '    status: in_progress',
  '    result: Nghị định sửa đổi',
  '',
].join('\n');
const MOJ_EXTENDED = MOJ_BASE.replace(
  '    deadline: 2024-03\n',
  '    deadline: 2024-06\n    extensions:\n      - from: 2024-03\n        reason: chờ ý kiến các bộ\n        approved: 2024-03-20\n',
);

describe('--lang vi: the history behind changes, trend, brief and review', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempData({ 'p06.yaml': 'data: data\ntimezone: Asia/Ho_Chi_Minh\n', 'data/moj.yaml': MOJ_BASE });
    gitSteps(repo, newRepository(), { ...GIT_ENV, GIT_AUTHOR_DATE: '2024-01-25T12:00:00+07:00', GIT_COMMITTER_DATE: '2024-01-25T12:00:00+07:00' });
    writeFileSync(join(repo, 'data/moj.yaml'), MOJ_EXTENDED);
    execFileSync('git', ['commit', '-qam', 'extend'], { cwd: repo, env: { ...GIT_ENV, GIT_AUTHOR_DATE: '2024-03-20T12:00:00+07:00', GIT_COMMITTER_DATE: '2024-03-20T12:00:00+07:00' } });
    git(repo, 'tag', 'meeting-2024-01-25', 'HEAD~1');
  });
  afterAll(() => removeTempDirs());
  const vi = (cwd: string, ...args: string[]) => runInProcess(['--lang', 'vi', '--as-of', '2024-04-01', ...args], cwd);

  it('a folder that is not a git repository: one line in Vietnamese, for changes, trend and brief', async () => {
    const plain = tempData({ 'p06.yaml': 'data: data\n', 'data/moj.yaml': MOJ_BASE });
    for (const args of [['changes', '--since', '2024-01-01'], ['trend'], ['brief', '--format', 'markdown']]) {
      const r = await vi(plain, ...args);
      expect([r.exitCode, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(/^p06: thư mục này không nằm trong kho git, mà lịch sử dữ liệu được lấy từ git \(git: [^\n]*\)\n$/);
    }
  });

  it.each([
    [['changes', '--since', 'meeting-2023-01-01'], 1, 'p06: không tìm thấy phiên bản "meeting-2023-01-01": hãy nêu một nhánh, thẻ hoặc commit có trong bản sao này, hoặc một ngày YYYY-MM-DD\n'],
    [['changes', '--since', '2023-12-31'], 1, 'p06: không có commit nào vào hoặc trước 2023-12-31: lịch sử bắt đầu từ 25/01/2024\n'],
    [['changes', '--since', '2024-02-30'], 2, 'p06: --since "2024-02-30" không phải là ngày: ghi YYYY-MM-DD, hoặc nêu một phiên bản\nchạy "p06 --help" để xem hướng dẫn sử dụng\n'],
    [['changes', '--since', 'main', '--until', 'meeting-2024-01-25'], 2, 'p06: --since main (20/03/2024) muộn hơn --until meeting-2024-01-25 (25/01/2024)\nchạy "p06 --help" để xem hướng dẫn sử dụng\n'],
  ])('%j: one line in Vietnamese', async (args, code, stderr) => {
    const r = await vi(repo, ...args);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([code, '', stderr]);
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('a shallow clone: the way to fetch the history, in Vietnamese', async () => {
    const shallow = join(tempData({}), 'shallow');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow], { env: GIT_ENV });
    const r = await vi(shallow, 'changes', '--since', '2024-03-01');
    expect([r.exitCode, r.stderr]).toEqual([1, 'p06: bản sao nông (shallow) này không đủ lịch sử để xem lại đến 2024-03-01: hãy tải đủ lịch sử (git fetch --unshallow, hoặc fetch-depth: 0 trong actions/checkout)\n']);
    const unknown = await vi(shallow, 'changes', '--since', 'v1');
    expect(unknown.stderr).toBe(
      'p06: không tìm thấy phiên bản "v1": bản sao này là bản sao nông (shallow) nên có thể không có phiên bản đó; hãy tải đủ lịch sử (git fetch --unshallow, hoặc fetch-depth: 0 trong actions/checkout)\n',
    );
  });

  it('review words an extension in the reader’s language; JSON keeps the English text', async () => {
    const vietnamese = await vi(repo, 'review', '--base', 'meeting-2024-01-25', '--head', 'main');
    expect(vietnamese.exitCode).toBe(0);
    expect(vietnamese.stdout.split('\n').slice(0, 2)).toEqual([
      'MOJ-01 thời hạn: tháng 03/2024 (hạn 31/03/2024) → tháng 06/2024 (hạn 30/06/2024)',
      'MOJ-01 gia hạn: + từ thời hạn tháng 03/2024: chờ ý kiến các bộ (ngày đồng ý 20/03/2024)',
    ]);
    expect(englishIn(vietnamese.stdout + vietnamese.stderr)).toEqual([]);
    const english = await runInProcess(['--as-of', '2024-04-01', 'review', '--base', 'meeting-2024-01-25', '--head', 'main'], repo);
    expect(english.stdout.split('\n')[1]).toBe('MOJ-01 extensions: + from 2024-03: chờ ý kiến các bộ (approved 2024-03-20)');
    const json = await vi(repo, 'review', '--base', 'meeting-2024-01-25', '--head', 'main', '--json');
    expect(JSON.parse(json.stdout).changes[1]).toEqual({ task: 'MOJ-01', ministry: 'MOJ', change: 'extensions', from: [], to: ['from 2024-03: chờ ý kiến các bộ (approved 2024-03-20)'] });
  });

  it('--output says where the brief went, in the reader’s language', async () => {
    const r = await vi(repo, 'brief', '--since', 'meeting-2024-01-25', '--format', 'markdown', '--output', 'brief.md');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, '', 'p06: đã ghi brief.md\n']);
    expect(readFileSync(join(repo, 'brief.md'), 'utf8')).toMatch(/^# /);
    const en = await runInProcess(['--as-of', '2024-04-01', 'brief', '--since', 'meeting-2024-01-25', '--format', 'markdown', '--output', 'brief-en.md'], repo);
    expect([en.exitCode, en.stderr]).toEqual([0, 'p06: wrote brief-en.md\n']);
  });
});

const NUMBERS = {
    'data/moj.yaml': [
      ...MOJ_VI_HEADER,
      '  - id: MOJ-01',
      '    title: Kết nối cơ sở dữ liệu hộ tịch',
      '    owner: Cục Hộ tịch',
      '    deadline: 2020-01-01',
      '    status: in_progress',
      '    result: Dữ liệu được kết nối',
      '  - id: MOJ-02',
      '    title: Ban hành hướng dẫn',
      '    owner: Vụ Pháp chế',
      '    deadline: 2020-06-30',
      '    status: done',
      '    completed: 2020-06-01',
      '    result: Hướng dẫn',
      '  - id: MOJ-03',
      '    title: Tổng kết',
      '    owner: Văn phòng Bộ',
      '    deadline: 2025-12-31',
      '    status: not_started',
      '    result: Báo cáo',
      '',
    ].join('\n'),
};

describe('numbers as a Vietnamese reader writes them, and plainly for machines', () => {
  afterAll(() => removeTempDirs());
  // Due 2020-01-01, open on 2023-11-30: 1429 days overdue. Written when the tests start (an earlier block's afterAll removes the folders made before).
  let dir: string;
  beforeAll(() => {
    dir = tempData(NUMBERS);
  });
  const run = (...args: string[]) => runInProcess(['--as-of', '2023-11-30', ...args], dir);

  it('the overdue days: 1.429 in the table and Markdown under vi; 1429 in CSV, JSON and the workbook’s number cell', async () => {
    const table = await run('--lang', 'vi', 'overdue', '--format', 'table');
    expect(table.stdout).toMatch(/│ MOJ-01 │ BTP .*│\s+1\.429 │/);
    const markdown = await run('--lang', 'vi', 'overdue', '--format', 'markdown');
    expect(markdown.stdout).toContain('| MOJ-01 | BTP | Kết nối cơ sở dữ liệu hộ tịch | Cục Hộ tịch | 01/01/2020 | 1.429 | 2020 | 0 |');
    const csv = await run('--lang', 'vi', 'overdue', '--format', 'csv');
    expect(parseCsv(csv.stdout)[1]).toEqual(['MOJ-01', 'BTP', 'Kết nối cơ sở dữ liệu hộ tịch', 'Cục Hộ tịch', '2020-01-01', '2020-01-01', '1429', '2020', '0', '']);
    const json = await run('--lang', 'vi', 'overdue', '--json');
    expect(JSON.parse(json.stdout).tasks[0].days_overdue).toBe(1429);
    const xlsx = await run('--lang', 'vi', 'overdue', '--format', 'xlsx', '--output', 'overdue.xlsx');
    expect([xlsx.exitCode, xlsx.stderr]).toEqual([0, '']);
    const sheet = XLSX.read(readFileSync(join(dir, 'overdue.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet.Sheets[sheet.SheetNames[0]!]!, { header: 1, raw: true });
    expect(rows.find((r) => r[0] === 'MOJ-01')).toContain(1429);
    // English writes the number as it always has.
    expect((await run('overdue', '--format', 'markdown')).stdout).toContain('| 1429 | 2020 | 0 |');
  });

  it('percent done: 33,3 in the drawn summary, 33.3 in its CSV', async () => {
    const markdown = await run('--lang', 'vi', 'summary', '--format', 'markdown');
    expect(markdown.stdout).toMatch(/\| BTP \| Bộ Tư pháp \| 3 \| 1 \| 0 \| 1 \| 1 \| 0 \| 0 \| 1 \| 0 \| 0 \| 33,3 \|/);
    const csv = await run('--lang', 'vi', 'summary', '--format', 'csv');
    expect(parseCsv(csv.stdout)[1]!.slice(-1)).toEqual(['33.3']);
  });
});

describe('--lang vi: a revision that cannot be read, for review and the history commands', () => {
  afterAll(() => removeTempDirs());
  const vi = (cwd: string, ...args: string[]) => runInProcess(['--lang', 'vi', '--as-of', '2024-06-01', ...args], cwd);
  const DATED = { ...GIT_ENV, GIT_AUTHOR_DATE: '2024-03-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-03-01T12:00:00Z' };
  const gitIn = (cwd: string, args: string[], input?: string) => execFileSync('git', args, { cwd, env: DATED, input, maxBuffer: 8 * 1024 * 1024 }).toString('utf8').trim();
  const small = (code: string) => `ministry: {code: ${code}, name: ${code}}\ntasks:\n  - {id: ${code}-1, title: T, owner: O, deadline: 2030, status: in_progress, result: R}\n`;
  /** A repository whose first commit holds `files`, tagged base. */
  const committed = (files: Record<string, string>) => {
    const dir = tempData(files);
    gitSteps(dir, [...newRepository(), ['tag', 'base']], DATED);
    return dir;
  };

  it('past the cap (one 1 MiB blob under 65 names, committed straight into the index): one line naming the revision and the cap, for review, changes, trend and brief', async () => {
    const dir = committed({ 'p06.yaml': 'timezone: UTC\nmax_file_bytes: 2000000\n', 'data/aa.yaml': small('AA') });
    // The cap is not lowered: the names add up past it (as in review-total.test.ts), while git stores the blob once.
    const oid = gitIn(dir, ['hash-object', '-w', '--stdin'], `${`# ${'x'.repeat(1021)}\n`.repeat(1024)}${small('BB')}`);
    gitIn(dir, ['update-index', '--index-info'], Array.from({ length: 65 }, (_, i) => `100644 ${oid}\tdata/copies/d${String(i).padStart(2, '0')}.yaml\n`).join(''));
    gitIn(dir, ['commit', '-qm', 'one blob under 65 names']);
    const review = await vi(dir, 'review', '--base', 'base', '--head', 'main');
    expect([review.exitCode, review.stdout, review.stderr]).toEqual([
      1,
      '',
      'p06: các tệp dữ liệu tại main tổng cộng 65,0 MiB trong 66 tệp (một tệp được commit dưới nhiều tên thì tính một lần cho mỗi tên), vượt mức 32,0 MiB p06 đọc cho mỗi phía của một lần rà soát (review)\n',
    ]);
    const sha = gitIn(dir, ['rev-parse', 'main']).slice(0, 12);
    const line = `p06: các tệp dữ liệu tại commit ${sha} tổng cộng 65,0 MiB trong 66 tệp (một tệp được commit dưới nhiều tên thì tính một lần cho mỗi tên), vượt mức 64,0 MiB p06 đọc cho một phiên bản\n`;
    for (const args of [['changes', '--since', 'base', '--until', 'main'], ['trend', '--every', 'month'], ['brief', '--since', 'base', '--format', 'markdown']]) {
      const r = await vi(dir, ...args, '--no-cache');
      expect({ args, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({ args, exitCode: 1, stdout: '', stderr: line });
    }
    // English is as it was.
    const english = await runInProcess(['--as-of', '2024-06-01', 'review', '--base', 'base', '--head', 'main'], dir);
    expect(english.stderr).toBe('p06: the data files at main come to 65.0 MiB in 66 files (a file committed under several names counts once per name), over the 32.0 MiB p06 reads of each side of a review\n');
    expect(englishIn(review.stderr)).toEqual([]);
  }, 60_000);

  it('a blob missing from the clone: the file is named (not left out), in Vietnamese, in the head and in the base', async () => {
    const dir = committed({ 'p06.yaml': 'timezone: UTC\n', 'data/aa.yaml': small('AA') });
    writeFileSync(join(dir, 'data/bb.yaml'), small('BB'));
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '-qm', 'bb']);
    const oid = gitIn(dir, ['rev-parse', 'main:data/bb.yaml']);
    rmSync(join(dir, '.git/objects', oid.slice(0, 2), oid.slice(2)));
    const head = await vi(dir, 'review', '--base', 'base', '--head', 'main');
    expect(head.exitCode).toBe(1);
    expect(head.stdout.split('\n').filter((l) => l.startsWith('data/bb.yaml'))).toEqual(['data/bb.yaml:1:1: lỗi: không đọc được tệp (bản sao (clone) này không có nội dung tệp) [file-unreadable]']);
    const base = await vi(dir, 'review', '--base', 'main', '--head', 'base');
    expect(base.stdout.split('\n').filter((l) => l.startsWith('data/bb.yaml') && l.includes('[file-unreadable]'))).toEqual([
      'data/bb.yaml:1:1: lỗi: không đọc được tệp này tại main (không đọc được tệp (bản sao (clone) này không có nội dung tệp)); chưa kiểm tra được các nhiệm vụ: hãy sửa tệp tại đó trước [file-unreadable]',
    ]);
    for (const r of [head, base]) expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });

  it('the configuration or the data folder at the revision is not what p06 reads: one line in Vietnamese', async () => {
    const folder = committed({ 'p06.yaml/keep': '', 'data/aa.yaml': small('AA') });
    const at = gitIn(folder, ['rev-parse', 'base']).slice(0, 12);
    rmSync(join(folder, 'p06.yaml'), { recursive: true });
    writeFileSync(join(folder, 'p06.yaml'), 'timezone: UTC\n');
    const config = await vi(folder, 'review', '--base', 'base');
    expect([config.exitCode, config.stdout, config.stderr]).toEqual([1, '', `p06: không đọc được tệp cấu hình tại base: p06.yaml tại ${at} là một thư mục, không phải tệp\n`]);

    const outside = committed({ 'p06.yaml': 'data: ../elsewhere\n', 'data/aa.yaml': small('AA') });
    writeFileSync(join(outside, 'p06.yaml'), 'timezone: UTC\n');
    const data = await vi(outside, 'review', '--base', 'base');
    expect([data.exitCode, data.stdout, data.stderr]).toEqual([
      1,
      '',
      'p06: tại base: data: "../elsewhere" trong p06.yaml nằm ngoài thư mục chứa p06.yaml; hãy để dữ liệu cạnh tệp đó, hoặc chỉ định thư mục bằng --data\n',
    ]);

    const linked = committed({ 'real/aa.yaml': small('AA') });
    symlinkSync('real', join(linked, 'data'));
    gitIn(linked, ['add', '-A']);
    gitIn(linked, ['commit', '-qm', 'link']);
    const link = await vi(linked, 'review', '--base', 'main');
    expect([link.exitCode, link.stdout, link.stderr]).toEqual([
      1,
      '',
      'p06: data tại main là một liên kết tượng trưng (symbolic link), không phải thư mục; p06 đọc chính thư mục dữ liệu (hãy commit các tệp, không commit liên kết tới chúng)\n',
    ]);
    for (const r of [config, data, link]) expect(englishIn(r.stderr)).toEqual([]);
  });

  it('outside a repository, and an unknown revision: review says so in Vietnamese', async () => {
    const plain = tempData({ 'data/aa.yaml': small('AA') });
    const none = await vi(plain, 'review', '--base', 'main');
    expect([none.exitCode, none.stdout]).toEqual([1, '']);
    expect(none.stderr).toMatch(/^p06: thư mục này không nằm trong kho git, mà p06 review so sánh các phiên bản git \(git: [^\n]*\)\n$/);
    const dir = committed({ 'data/aa.yaml': small('AA') });
    const unknown = await vi(dir, 'review', '--base', 'origin/main');
    expect([unknown.exitCode, unknown.stdout, unknown.stderr]).toEqual([
      1,
      '',
      'p06: không tìm thấy phiên bản "origin/main": hãy nêu một nhánh, thẻ hoặc commit có trong bản sao này (với nhánh từ xa như origin/main, hãy chạy git fetch trước)\n',
    ]);
    for (const r of [none, unknown]) expect(englishIn(r.stderr)).toEqual([]);
  });

  it('git not installed: review and the history commands say so in Vietnamese (a real process, PATH without git)', async () => {
    const dir = tempData({ 'data/aa.yaml': small('AA') });
    const env = { PATH: '/nonexistent' };
    const review = await runCli(['--lang', 'vi', 'review', '--base', 'main'], { cwd: dir, env });
    expect([review.exitCode, review.stdout, review.stderr]).toEqual([1, '', 'p06: chưa cài git (hoặc git không có trong PATH), mà p06 review đọc các phiên bản qua git\n']);
    const changes = await runCli(['--lang', 'vi', 'changes', '--since', '2024-01-01'], { cwd: dir, env });
    expect([changes.exitCode, changes.stdout, changes.stderr]).toEqual([1, '', 'p06: chưa cài git (hoặc git không có trong PATH), mà lịch sử dữ liệu được lấy từ git\n']);
  });
});
