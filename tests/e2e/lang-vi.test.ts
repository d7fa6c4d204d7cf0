import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { runInProcess } from '../property/support/run.js';
import { fixture } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { parseCsv } from '../helpers/parse-csv.js';

const CWD = fixture('reports-basic');
const AS_OF = ['--as-of', '2024-02-01'];

/**
 * The English sentences and headers a person would read, taken from the
 * catalogue itself: every text value, and every function called with sample
 * arguments, split at the places where data is put in. Only pieces of two
 * words or more count, so a code or a number never looks like English.
 */
function englishPieces(): string[] {
  const pieces = new Set<string>();
  const sample = (f: (...a: unknown[]) => unknown) => {
    const args = Array.from({ length: f.length }, (_, i) => (i === 0 ? '\u0001' : 3));
    try {
      return String(f(...args));
    } catch {
      return '';
    }
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const p of v.split(/\u0001|\d+/)) pieces.add(p.trim());
    else if (typeof v === 'function') walk(sample(v as (...a: unknown[]) => unknown));
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(en.report);
  walk(en.column);
  walk(en.field);
  walk(en.notes);
  walk(en.errors);
  walk(en.problem);
  for (const s of ['not_started', 'in_progress', 'done', 'recurring', 'cancelled'] as const) walk(en.status(s));
  return [...pieces].filter((p) => /[a-z]+ +[a-z]+/i.test(p) && !/^[()\-:;, .]*$/.test(p));
}

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

describe('--lang vi: no English sentence from the catalogue reaches the reader', () => {
  const english = englishPieces();

  it('the check knows the English it looks for', () => {
    expect(english).toEqual(expect.arrayContaining(['Days overdue', 'No task is overdue as of', 'in the data; did you mean', 'Depends on (transitively):']));
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
    const { mkdtempSync, cpSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'p06-lang-'));
    cpSync(CWD, dir, { recursive: true });
    writeFileSync(join(dir, 'p06.yaml'), readFileSync(join(CWD, 'p06.yaml'), 'utf8') + 'lang: vi\n');
    expect((await runInProcess([...AS_OF, 'summary'], dir)).stdout).toMatch(/^\*\*Tổng hợp tính đến ngày 01 tháng 02 năm 2024: /);
    expect((await runInProcess([...AS_OF, '--lang', 'en', 'summary'], dir)).stdout).toMatch(/^\*\*Summary as of 2024-02-01: /);
  });

  it('the summary reads as the programme writes it: Vietnamese names, decimal comma', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', 'summary', '--format', 'csv'], CWD);
    expect(r.stdout).toContain('Bộ Tư pháp');
    expect(r.stdout).toMatch(/Tỷ lệ hoàn thành/);
    // % done is the last column (CSV has no bar).
    expect(r.stdout).toMatch(/,"\d+,\d"\r\n/);
  });

  it('JSON does not change with the language', async () => {
    const [a, b] = await Promise.all([runInProcess([...AS_OF, 'at-risk', '--json'], CWD), runInProcess([...AS_OF, '--lang', 'vi', 'at-risk', '--json'], CWD)]);
    expect(b.stdout).toBe(a.stdout);
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
      'ministry:',
      '  code: MOJ',
      '  name: Ministry of Justice',
      '  name_vi: Bộ Tư pháp',
      '  abbr_vi: BTP',
      'tasks:',
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
