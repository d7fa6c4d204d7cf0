import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { en } from '../../src/i18n/en.js';
import { decodeXml, readGraphvizSvg, renderWithDot } from '../helpers/read-graphviz-svg.js';
import { englishPieces } from '../helpers/english-pieces.js';
import { BIN, fixture, runCli, testCacheDir, type CliResult } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// End to end: `p06 export ics`, `p06 graph` and `--format xlsx`, each output
// read back by an independent client: ical.js, Graphviz, SheetJS (and Mermaid
// in Chromium, in tests/e2e/chromium.test.ts). The fixture
// (tests/fixtures/exports) as of 2024-02-01: MOF-1 overdue; MOJ-1 (a hostile,
// Vietnamese title) and MOJ-2 at risk through it; MOF-2 done; MOF-3
// cancelled; MOJ-3 open and unrelated; VSS-1 a quarterly report whose 2023-Q4
// report is missing (overdue since 2023-12-31); VSS-2 a monthly report, up to
// date.

const AS_OF = ['--as-of', '2024-02-01'];
const CWD = { cwd: fixture('exports') };
const TITLE = 'Tổng hợp lộ trình "đợt 2" [466 thủ tục] --> Thủ tướng; A -> B {x} | y \\ z & #35;';
const VSS1 = 'Báo cáo số thẻ bảo hiểm y tế tích hợp vào căn cước';
const OUT = mkdtempSync(join(tmpdir(), 'p06-exports-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** The CLI in this process (tests/helpers/run-main.ts). */
const p06 = (args: string[]) => runMain([...args, ...AS_OF], CWD);

function ok(r: CliResult): string {
  expect({ exitCode: r.exitCode, stderr: r.stderr }).toEqual({ exitCode: 0, stderr: '' });
  return r.stdout;
}

function calendar(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const events = vcalendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { vcalendar, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

/** The first `n` dates ical.js expands an event to. */
function occurrences(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next !== undefined && out.length < n; next = it.next()) out.push(next.toString());
  return out;
}

describe('p06 export ics', () => {
  it('a calendar ical.js reads: an all-day event on each open task’s due date and each recurring period, stable uids, the title intact', async () => {
    const text = ok(await p06(['export', 'ics']));
    const { vcalendar, events, byUid } = calendar(text);
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Project 06 deadlines');
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate, e.isRecurring()])).toEqual([
      ['VSS-1.2023-Q4@p06', '2023-12-31', true, false],
      ['MOF-1@p06', '2024-01-31', true, false],
      ['VSS-2@p06', '2024-02-29', true, true],
      ['MOJ-1@p06', '2024-03-31', true, false],
      ['VSS-1@p06', '2024-03-31', true, true],
      ['MOJ-2@p06', '2024-12-31', true, false],
      ['MOJ-3@p06', '2025-06-30', true, false],
    ]);
    const moj1 = byUid.get('MOJ-1@p06')!;
    expect(moj1.summary).toBe(`MOJ-1: ${TITLE}`);
    expect(moj1.description).toContain('Owner: Vụ Pháp luật hình sự - hành chính');
    expect(moj1.description).toContain('Deadline: 2024-Q1 (due 2024-03-31)');
    expect(moj1.sequence).toBe(1);
    expect(text).toContain('DTSTAMP:20240201T000000Z\r\n');
  });

  it('a recurring duty: the missed report on its period’s last day, marked overdue; the coming ones at the end of every period', async () => {
    const { byUid } = calendar(ok(await p06(['export', 'ics', '--ministry', 'VSS'])));
    const missed = byUid.get('VSS-1.2023-Q4@p06')!;
    expect(missed.summary).toBe(`VSS-1 (2023-Q4): ${VSS1}`);
    expect(missed.description.split('\n').at(-2)).toBe('The report for 2023-Q4 was not received: overdue by 32 days as of 2024-02-01');
    expect(missed.component.getFirstProperty('categories')!.getValues()).toEqual(['VSS', 'Overdue']);
    expect(occurrences(byUid.get('VSS-1@p06')!, 4)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(occurrences(byUid.get('VSS-2@p06')!, 4)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
    expect(byUid.get('VSS-1@p06')!.description).toContain('Status: recurring; 1 period not reported');
  });

  it('--lang vi: the calendar, its events and the periods in the programme’s words; the ministry’s Vietnamese name', async () => {
    const { vcalendar, byUid } = calendar(ok(await p06(['export', 'ics', '--lang', 'vi'])));
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Thời hạn nhiệm vụ Đề án 06');
    expect(vcalendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Thời hạn nhiệm vụ tính đến ngày 01 tháng 02 năm 2024');
    expect(byUid.get('VSS-1.2023-Q4@p06')!.summary).toBe(`VSS-1 (quý IV/2023): ${VSS1}`);
    expect(byUid.get('VSS-1@p06')!.description.split('\n').slice(1, 5)).toEqual([
      'Cơ quan: BHXHVN (Bảo hiểm xã hội Việt Nam)',
      'Đơn vị chủ trì: Trung tâm Công nghệ thông tin',
      'Báo cáo vào ngày cuối cùng của mỗi quý, từ quý I/2024',
      'Trạng thái: thực hiện thường xuyên; chưa báo cáo 1 kỳ',
    ]);
    expect(byUid.get('MOF-1@p06')!.description.split('\n').slice(3, 5)).toEqual(['Thời hạn: 31/01/2024', 'Trạng thái: đang thực hiện; quá hạn 1 ngày tính đến 01/02/2024']);
  });

  it('the bundle, whose line folding is rewritten at build time, writes what the library itself writes, in English and Vietnamese, in any time zone', async () => {
    for (const lang of [[], ['--lang', 'vi']]) {
      const bundled = ok(await runCli([...lang, 'export', 'ics', ...AS_OF], CWD));
      expect(bundled).toBe(ok(await runMain([...lang, 'export', 'ics', ...AS_OF], CWD)));
      // Byte-identical for the same data and as-of, whatever the time zone the process starts in.
      if (lang.length === 0) expect(ok(await runCli(['export', 'ics', ...AS_OF], { ...CWD, env: { TZ: 'America/Los_Angeles' } }))).toBe(bundled);
      expect(bundled.split('\r\n').filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
      if (lang.length > 0) expect(bundled).toMatch(/\r\n [^\r]*[^\x00-\x7f]/); // a folded line with Vietnamese in it
    }
  });

  it('--ministry narrows it and names the filter in X-WR-CALNAME; --output writes the file, not stdout', async () => {
    const file = join(OUT, 'moj.ics');
    expect(await p06(['export', 'ics', '--ministry', 'MOJ', '--output', file])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const { vcalendar, events } = calendar(readFileSync(file, 'utf8'));
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Project 06 deadlines (ministry MOJ)');
    expect(events.map((e) => e.uid)).toEqual(['MOJ-1@p06', 'MOJ-2@p06', 'MOJ-3@p06']);
  });

  it('invalid data: refused (exit 1) with the problems; --skip-invalid exports the valid files and names those left out', async () => {
    const INVALID = { cwd: fixture('reports-invalid') };
    const refused = await runMain(['export', 'ics', ...AS_OF], INVALID);
    expect([refused.exitCode, refused.stdout, refused.stderr.split('\n').at(-2)]).toEqual([1, '', 'p06: 3 errors in the data: fix them (see p06 validate), or report on the valid files with --skip-invalid']);
    const r = await runMain(['export', 'ics', '--skip-invalid', ...AS_OF], INVALID);
    expect([r.exitCode, r.stderr]).toEqual([0, 'p06: left out data/mic.yaml (1 task, 1 error)\np06: left out data/mof.yaml (3 tasks, 2 errors)\n']);
    expect(calendar(r.stdout).events.map((e) => e.uid)).toEqual(['MOJ-1@p06', 'MOJ-2@p06']);
  });

  it('an unknown ministry or an owner no task has is an error, not an empty calendar or graph; a folder that does not exist cannot be written', async () => {
    expect(await p06(['export', 'ics', '--ministry', 'MOJX'])).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: no ministry MOJX in the data; did you mean MOJ?\n' });
    expect(await p06(['export', 'ics', '--owner', 'Nobody here'])).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: --owner "Nobody here" matches no task in the data\n' });
    expect(await p06(['graph', '--owner', 'Nobody here'])).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: --owner "Nobody here" matches no task in the data\n' });
    expect(await p06(['export', 'ics', '--output', join(OUT, 'no/such/x.ics')])).toEqual({ exitCode: 1, stdout: '', stderr: `p06: cannot write ${join(OUT, 'no/such/x.ics')}: no such folder (ENOENT)\n` });
  });
});

describe('p06 graph', () => {
  it('--format dot: Graphviz lays it out; boxes coloured by state, clustered by ministry, the title intact', async () => {
    const svg = readGraphvizSvg(renderWithDot(ok(await p06(['graph', '--format', 'dot']))));
    const fill = Object.fromEntries(svg.nodes.map((n) => [n.title, n.fill]));
    expect(fill).toEqual({ 'MOF-1': '#fde0dc', 'MOF-2': '#e0e0e0', 'MOF-3': '#eeeeee', 'MOJ-1': '#ffecb3', 'MOJ-2': '#ffecb3', 'MOJ-3': '#ffffff', 'VSS-1': '#fde0dc', 'VSS-2': '#e3f2fd' });
    expect(svg.nodes.find((n) => n.title === 'MOJ-1')!.lines.slice(1, -1).join(' ')).toBe(TITLE);
    expect(svg.clusters.map((c) => c.lines.join(' '))).toEqual(['MOF: Ministry of Finance', 'MOJ: Ministry of Justice', 'VSS: Vietnam Social Security']);
    expect(svg.edges.sort()).toEqual(['MOF-1->MOJ-1', 'MOF-2->MOJ-1', 'MOJ-1->MOJ-2']);
    // A recurring duty says how often it reports where a task says its deadline; red when a report is missing.
    expect(svg.nodes.filter((n) => n.title.startsWith('VSS')).map((n) => n.lines.at(-1))).toEqual(['a report each quarter', 'a report each month']);
  });

  it('--lang vi: the heading, the legend, the deadlines and the ministries’ names in Vietnamese, drawn by Graphviz', async () => {
    const dot = ok(await p06(['graph', '--format', 'dot', '--lang', 'vi', '--ministry', 'MOJ,VSS']));
    const svg = readGraphvizSvg(renderWithDot(dot));
    expect(svg.clusters.map((c) => c.lines.join(' '))).toEqual(['MOJ: Bộ Tư pháp', 'BHXHVN: Bảo hiểm xã hội Việt Nam']);
    expect(svg.nodes.find((n) => n.title === 'MOJ-1')!.lines.at(-1)).toBe('thời hạn quý I/2024');
    expect(svg.nodes.find((n) => n.title === 'MOJ-2')!.lines.at(-1)).toBe('thời hạn tháng 12/2024');
    const heading = renderWithDot(dot).match(/<text[^>]*>([^<]*)<\/text>/g)!.slice(0, 2).map((t) => t.replace(/<[^>]*>/g, ''));
    expect(heading).toEqual([
      'Quan hệ phụ thuộc giữa các nhiệm vụ tính đến ngày 01 tháng 02 năm 2024 (cơ quan MOJ, VSS)',
      'đỏ: quá hạn · vàng: có nguy cơ chậm · xám: đã hoàn thành hoặc đã hủy · xanh lam: thực hiện thường xuyên · nét đứt: đã hủy hoặc không có trong dữ liệu',
    ]);
  });

  it('--format svg --focus MOJ-2: the chain only, drawn without any Graphviz installed', async () => {
    const out = ok(await p06(['graph', '--format', 'svg', '--focus', 'MOJ-2']));
    const svg = readGraphvizSvg(out);
    expect(svg.nodes.map((n) => n.title).sort()).toEqual(['MOF-1', 'MOF-2', 'MOJ-1', 'MOJ-2']);
    expect(svg.edges.sort()).toEqual(['MOF-1->MOJ-1', 'MOF-2->MOJ-1', 'MOJ-1->MOJ-2']);
    expect(out).toContain('the chain through MOJ&#45;2');
  });


  it('a focus that names no task, or a format it does not draw, is refused', async () => {
    expect(await p06(['graph', '--focus', 'MOJ-9'])).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: no task MOJ-9 in the data; did you mean MOJ-1?\n' });
    const json = await p06(['graph', '--json']);
    expect([json.exitCode, json.stdout, json.stderr.split('\n')[0]]).toEqual([2, '', 'p06: --format json is not one of mermaid, dot, svg']);
  });
});

const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / 86_400_000;
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - EXCEL_EPOCH;

describe('--format xlsx', () => {
  async function workbook(args: string[]): Promise<XLSX.WorkBook> {
    const file = join(OUT, `${args.join('-').replace(/[^\w-]/g, '_')}.xlsx`);
    expect(await p06([...args, '--format', 'xlsx', '--output', file])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    return XLSX.read(readFileSync(file), { cellNF: true });
  }
  const rows = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true });

  it('overdue: a title row, a filtered header, typed cells (the due date a date, days a number), Vietnamese intact', async () => {
    const wb = await workbook(['overdue']);
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    expect(wb.SheetNames).toEqual(['Overdue as of 2024-02-01']);
    expect(rows(ws).slice(0, 4)).toEqual([
      ['Overdue as of 2024-02-01: 2 tasks'],
      ['ID', 'Ministry', 'Title', 'Owner', 'Deadline', 'Due', 'Days overdue', 'Behind since', 'Extensions', 'Blocks'],
      // A recurring duty has no deadline; its due date is the end of the period whose report is missing.
      ['VSS-1', 'VSS', VSS1, 'Trung tâm Công nghệ thông tin', '—', serial('2023-12-31'), 32, 2023, 0],
      ['MOF-1', 'MOF', "Send the ministry's roadmap", 'Ministry Office', '2024-01-31', serial('2024-01-31'), 1, 2024, 0, 'MOJ-1'],
    ]);
    expect([ws['F4'].t, ws['F4'].z, ws['G4'].t]).toEqual(['n', 'yyyy-mm-dd', 'n']);
    expect(ws['!autofilter']).toEqual({ ref: 'A2:J4' });
  });

  it('--lang vi: the title, headers and words in Vietnamese, dates shown dd/mm/yyyy and still dates (the deadline as the data writes it)', async () => {
    const wb = await workbook(['overdue', '--lang', 'vi']);
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    // The long as-of phrase would not fit a tab's 31 characters: the title row keeps it.
    expect(wb.SheetNames).toEqual(['Nhiệm vụ quá hạn']);
    expect(rows(ws).slice(0, 2)).toEqual([
      ['Nhiệm vụ quá hạn tính đến ngày 01 tháng 02 năm 2024: 2 nhiệm vụ'],
      ['Mã', 'Cơ quan', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Hạn hoàn thành', 'Số ngày quá hạn', 'Chậm từ năm', 'Số lần gia hạn', 'Làm chậm'],
    ]);
    expect([ws['E4'].v, ws['F4'].v, ws['F4'].t, ws['F4'].z, ws['F4'].w]).toEqual(['2024-01-31', serial('2024-01-31'), 'n', 'dd/mm/yyyy', '31/01/2024']);
  });

  it('list: the filter in the title row; the deadline as written beside its due date; the hostile Vietnamese title as text', async () => {
    const ws = (await workbook(['list', '--ministry', 'MOJ'])).Sheets['Tasks as of 2024-02-01']!;
    const [title, header, moj1] = rows(ws) as [unknown[], unknown[], unknown[]];
    expect(title).toEqual(['Tasks as of 2024-02-01: 3 tasks — Filtered: ministry MOJ']);
    expect(header).toEqual(['ID', 'Ministry', 'Title', 'Owner', 'Status', 'Deadline', 'Due', 'State']);
    expect(moj1).toEqual(['MOJ-1', 'MOJ', TITLE, 'Vụ Pháp luật hình sự - hành chính', 'in progress', '2024-Q1', serial('2024-03-31'), 'at risk, blocked']);
  });

  it('summary: counts as numbers and percent done as a number with one decimal', async () => {
    const ws = (await workbook(['summary'])).Sheets['Summary as of 2024-02-01']!;
    const all = rows(ws);
    expect(all[1]!.slice(0, 13)).toEqual(['Ministry', 'Name', 'Total', 'Done', 'Done late', 'In progress', 'Not started', 'Recurring', 'Cancelled', 'Overdue', 'At risk', 'Extended', '% done']);
    expect(all.at(-1)!.slice(0, 13)).toEqual(['Total', undefined, 8, 1, 0, 2, 2, 2, 1, 2, 2, 1, 14.3]);
    expect([ws['M6'].t, ws['M6'].z]).toEqual(['n', '0.0']);
  });

  it('show: one sheet per section', async () => {
    expect((await workbook(['show', 'MOJ-2'])).SheetNames).toEqual(['MOJ-2 as of 2024-02-01', 'Depends on', 'Depended on by']);
  });

  it('on a terminal without --output: a usage error, no bytes on the screen', () => {
    const run = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} overdue --format xlsx --as-of 2024-02-01`, '/dev/null'], { ...CWD, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: testCacheDir() } });
    expect(run.status).toBe(2);
    expect(run.stdout.replace(/\r/g, '')).toBe('p06: --format xlsx writes a file, not text for the terminal: give --output FILE (or redirect: > report.xlsx)\nrun "p06 --help" for usage\n');
  });

  it('piped without --output: the workbook’s bytes on stdout', () => {
    const run = spawnSync(process.execPath, [BIN, 'overdue', '--format', 'xlsx', '--as-of', '2024-02-01'], { ...CWD, env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: testCacheDir() } });
    expect(run.status).toBe(0);
    const wb = XLSX.read(run.stdout);
    expect(wb.Sheets[wb.SheetNames[0]!]!['A4'].v).toBe('MOF-1');
  });
});

/** The English of the exports' catalogue sections, with the functions that need real arguments sampled by hand. */
function exportsEnglish(): string[] {
  const samples: unknown[] = [en.exports, en.report, en.column, en.field, en.notes, en.errors];
  for (const every of ['month', 'quarter', 'half', 'year'] as const) samples.push(en.exports.series(every, '\u0001'), en.exports.nodeEvery(every));
  samples.push(en.exports.nodeDue({ text: '\u0001', due: 0 } as never));
  for (const s of ['not_started', 'in_progress', 'done', 'recurring', 'cancelled'] as const) samples.push(en.status(s));
  return englishPieces(samples);
}

describe('--lang vi: no English sentence from the catalogue in any export', () => {
  const english = exportsEnglish();
  const leaks = (text: string) => english.filter((e) => text.includes(e));
  const cells = (wb: XLSX.WorkBook) => wb.SheetNames.flatMap((n) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[n]!, { header: 1 }).flat()).join('\n');
  const calendarText = (text: string) => {
    const { vcalendar, events } = calendar(text);
    return [vcalendar.getFirstPropertyValue('x-wr-calname'), vcalendar.getFirstPropertyValue('x-wr-caldesc'), ...events.flatMap((e) => [e.summary, e.description, ...e.component.getFirstProperty('categories')!.getValues()])].join('\n');
  };
  const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decodeXml(m[1]!)).join('\n');
  const xlsxText = async (args: string[], lang: string[]) => {
    const file = join(OUT, `leak-${args[0]}-${lang.length}.xlsx`);
    ok(await p06([...args, '--format', 'xlsx', '--output', file, ...lang]));
    return cells(XLSX.read(readFileSync(file)));
  };

  it('the check finds the English in the English exports (it can fail)', async () => {
    expect(leaks(calendarText(ok(await p06(['export', 'ics']))))).toEqual(expect.arrayContaining(['Deadlines as of', 'The report for', 'was not received: overdue by', 'A report at the end of each quarter, from']));
    expect(leaks(svgText(renderWithDot(ok(await p06(['graph', '--format', 'dot'])))))).toEqual(expect.arrayContaining(['Dependencies as of', 'red: overdue · amber: at risk · grey: done or cancelled · blue: recurring · dashed: cancelled or not in the data']));
    expect(leaks(await xlsxText(['overdue'], []))).toEqual(expect.arrayContaining(['Overdue as of', 'Days overdue']));
  });

  it.each([
    ['export ics', async () => calendarText(ok(await p06(['export', 'ics', '--lang', 'vi'])))],
    ['export ics --ministry', async () => calendarText(ok(await p06(['export', 'ics', '--lang', 'vi', '--ministry', 'MOJ', '--owner', 'vụ'])))],
    ['graph --format dot', async () => svgText(renderWithDot(ok(await p06(['graph', '--format', 'dot', '--lang', 'vi', '--ministry', 'MOJ', '--owner', 'vụ']))))],
    ['graph --format svg --focus', async () => svgText(ok(await p06(['graph', '--format', 'svg', '--lang', 'vi', '--focus', 'MOJ-2'])))],
    ['graph (mermaid)', async () => ok(await p06(['graph', '--lang', 'vi'])).replace(/#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))],
    ['overdue --format xlsx', () => xlsxText(['overdue'], ['--lang', 'vi'])],
    ['summary --format xlsx', () => xlsxText(['summary'], ['--lang', 'vi'])],
    ['list --format xlsx', () => xlsxText(['list'], ['--lang', 'vi'])],
    ['show --format xlsx', () => xlsxText(['show', 'MOJ-2'], ['--lang', 'vi'])],
  ])('%s', async (_name, text) => {
    expect(leaks(await text())).toEqual([]);
  });
});

describe('each export’s library is loaded only when that export runs', () => {
  // A module hook records every file the process loads; a library is known by
  // a string only its code holds.
  const HOOK = join(OUT, 'record-loads.mjs');
  writeFileSync(join(OUT, 'record-loads-hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(process.env.P06_LOADED, url + '\\n');\n  return next(url, context);\n}\n");
  writeFileSync(HOOK, "import { register } from 'node:module';\nregister('./record-loads-hooks.mjs', import.meta.url);\n");
  // The bundle is CommonJS that bin/p06.js compiles with vm.Script, and CommonJS libraries are
  // required: neither passes the ES-module hook, so a preload records both as well.
  const PRELOAD = join(OUT, 'record-requires.cjs');
  writeFileSync(
    PRELOAD,
    [
      "const { appendFileSync } = require('node:fs');",
      "const { pathToFileURL } = require('node:url');",
      "const vm = require('node:vm');",
      "const Module = require('node:module');",
      'const note = (file) => appendFileSync(process.env.P06_LOADED, pathToFileURL(file).href + "\\n");',
      'const compile = Module.prototype._compile;',
      'Module.prototype._compile = function (content, filename) { note(filename); return compile.call(this, content, filename); };',
      'const Script = vm.Script;',
      'vm.Script = class extends Script { constructor(code, options) { super(code, options); if (options && options.filename) note(options.filename); } };',
      '',
    ].join('\n'),
  );
  const LIBRARIES = { 'ical-generator': 'X-MICROSOFT-CDO-ALLDAYEVENT', 'write-excel-file': 'xl/worksheets', '@viz-js/viz': 'graphviz' };

  function librariesLoaded(args: string[]): string[] {
    const list = join(OUT, `loaded-${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
    const run = spawnSync(process.execPath, ['--require', PRELOAD, '--import', HOOK, BIN, ...args, ...AS_OF], { ...CWD, env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: testCacheDir(), P06_LOADED: list } });
    expect([run.status, run.stderr.toString()]).toEqual([0, '']);
    const code = readFileSync(list, 'utf8').trim().split('\n').map((url) => readFileSync(new URL(url), 'utf8'));
    return Object.entries(LIBRARIES).filter(([, marker]) => code.some((c) => c.includes(marker))).map(([name]) => name);
  }

  it.each([
    [['overdue'], []],
    [['overdue', '--format', 'csv'], []],
    [['summary', '--lang', 'vi'], []],
    [['graph'], []],
    [['export', 'ics', '--output', join(OUT, 'lazy.ics')], ['ical-generator']],
    [['overdue', '--format', 'xlsx', '--output', join(OUT, 'lazy.xlsx')], ['write-excel-file']],
    [['graph', '--format', 'svg', '--output', join(OUT, 'lazy.svg')], ['@viz-js/viz']],
  ])('p06 %j loads %j', (args, libraries) => {
    expect(librariesLoaded(args)).toEqual(libraries);
  });
});

