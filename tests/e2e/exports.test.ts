import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { readGraphvizSvg, renderWithDot } from '../helpers/read-graphviz-svg.js';
import { renderMermaid } from '../helpers/render-mermaid.js';
import { BIN, fixture, runCli, type CliResult } from '../helpers/run-cli.js';

// End to end: `p06 export ics`, `p06 graph` and `--format xlsx`, each output
// read back by an independent client: ical.js, Graphviz, Mermaid in Chromium,
// SheetJS. The fixture (tests/fixtures/exports) as of 2024-02-01: MOF-1
// overdue; MOJ-1 (a hostile, Vietnamese title) and MOJ-2 at risk through it;
// MOF-2 done; MOF-3 cancelled; MOJ-3 open and unrelated.

const AS_OF = ['--as-of', '2024-02-01'];
const CWD = { cwd: fixture('exports') };
const TITLE = 'Tổng hợp lộ trình "đợt 2" [466 thủ tục] --> Thủ tướng; A -> B {x} | y \\ z & #35;';
const OUT = mkdtempSync(join(tmpdir(), 'p06-exports-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function ok(r: CliResult): string {
  expect({ exitCode: r.exitCode, stderr: r.stderr }).toEqual({ exitCode: 0, stderr: '' });
  return r.stdout;
}

describe('p06 export ics', () => {
  it('a calendar ical.js reads: an all-day event on each open task’s due date, stable uids, the title intact', async () => {
    const text = ok(await runCli(['export', 'ics', ...AS_OF], CWD));
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Project 06 deadlines');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['MOF-1@p06', '2024-01-31', true],
      ['MOJ-1@p06', '2024-03-31', true],
      ['MOJ-2@p06', '2024-12-31', true],
      ['MOJ-3@p06', '2025-06-30', true],
    ]);
    const moj1 = events[1]!;
    expect(moj1.summary).toBe(`MOJ-1: ${TITLE}`);
    expect(moj1.description).toContain('Owner: Vụ Pháp luật hình sự - hành chính');
    expect(moj1.description).toContain('Deadline: 2024-Q1 (due 2024-03-31)');
    expect(moj1.sequence).toBe(1);
    expect(text).toContain('DTSTAMP:20240201T000000Z\r\n');
  });

  it('byte-identical for the same data and as-of, whatever the time zone', async () => {
    const a = ok(await runCli(['export', 'ics', ...AS_OF], CWD));
    const b = ok(await runCli(['export', 'ics', ...AS_OF], { ...CWD, env: { TZ: 'America/Los_Angeles' } }));
    expect(b).toBe(a);
  });

  it('--ministry narrows it and names the filter in X-WR-CALNAME; --output writes the file, not stdout', async () => {
    const file = join(OUT, 'moj.ics');
    expect(await runCli(['export', 'ics', '--ministry', 'MOJ', '--output', file, ...AS_OF], CWD)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Project 06 deadlines (ministry MOJ)');
    expect(calendar.getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('uid'))).toEqual(['MOJ-1@p06', 'MOJ-2@p06', 'MOJ-3@p06']);
  });

  it('an unknown ministry is an error, not an empty calendar; a folder that does not exist cannot be written', async () => {
    expect(await runCli(['export', 'ics', '--ministry', 'MOJX', ...AS_OF], CWD)).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: no ministry MOJX in the data; did you mean MOJ?\n' });
    expect(await runCli(['export', 'ics', '--output', join(OUT, 'no/such/x.ics'), ...AS_OF], CWD)).toEqual({ exitCode: 1, stdout: '', stderr: `p06: cannot write ${join(OUT, 'no/such/x.ics')}: no such folder\n` });
  });
});

describe('p06 graph', () => {
  it('--format dot: Graphviz lays it out; boxes coloured by state, clustered by ministry, the title intact', async () => {
    const svg = readGraphvizSvg(renderWithDot(ok(await runCli(['graph', '--format', 'dot', ...AS_OF], CWD))));
    const fill = Object.fromEntries(svg.nodes.map((n) => [n.title, n.fill]));
    expect(fill).toEqual({ 'MOF-1': '#fde0dc', 'MOF-2': '#e0e0e0', 'MOF-3': '#eeeeee', 'MOJ-1': '#ffecb3', 'MOJ-2': '#ffecb3', 'MOJ-3': '#ffffff' });
    expect(svg.nodes.find((n) => n.title === 'MOJ-1')!.lines.slice(1, -1).join(' ')).toBe(TITLE);
    expect(svg.clusters.map((c) => c.lines.join(' '))).toEqual(['MOF: Ministry of Finance', 'MOJ: Ministry of Justice']);
    expect(svg.edges.sort()).toEqual(['MOF-1->MOJ-1', 'MOF-2->MOJ-1', 'MOJ-1->MOJ-2']);
  });

  it('--format svg --focus MOJ-2: the chain only, drawn without any Graphviz installed', async () => {
    const out = ok(await runCli(['graph', '--format', 'svg', '--focus', 'MOJ-2', ...AS_OF], CWD));
    const svg = readGraphvizSvg(out);
    expect(svg.nodes.map((n) => n.title).sort()).toEqual(['MOF-1', 'MOF-2', 'MOJ-1', 'MOJ-2']);
    expect(svg.edges.sort()).toEqual(['MOF-1->MOJ-1', 'MOF-2->MOJ-1', 'MOJ-1->MOJ-2']);
    expect(out).toContain('the chain through MOJ&#45;2');
  });

  it('the default, Mermaid, is drawn by Mermaid itself: every task, the title as written', async () => {
    const [all, mine] = await Promise.all([runCli(['graph', ...AS_OF], CWD), runCli(['graph', '--ministry', 'MOJ', '--owner', 'vụ', ...AS_OF], CWD)]);
    const [drawn, filtered] = renderMermaid([ok(all), ok(mine)]);
    expect(drawn!.error).toBeUndefined();
    const texts = new Map(drawn!.nodes.map((n) => [n.text.split('\n')[0], n.text.split('\n')]));
    expect([...texts.keys()].sort()).toEqual(['MOF-1', 'MOF-2', 'MOF-3', 'MOJ-1', 'MOJ-2', 'MOJ-3']);
    expect(texts.get('MOJ-1')!.slice(1, -1).join(' ')).toBe(TITLE);
    expect(filtered!.nodes.map((n) => n.text.split('\n')[0])).toEqual(['MOJ-1']);
    expect(ok(mine)).toContain('title: "Dependencies as of 2024-02-01 (ministry MOJ; owner containing \\"vụ\\")"');
  }, 120_000);

  it('a focus that names no task, or a format it does not draw, is refused', async () => {
    expect(await runCli(['graph', '--focus', 'MOJ-9', ...AS_OF], CWD)).toEqual({ exitCode: 1, stdout: '', stderr: 'p06: no task MOJ-9 in the data; did you mean MOJ-1?\n' });
    const json = await runCli(['graph', '--json', ...AS_OF], CWD);
    expect([json.exitCode, json.stdout, json.stderr.split('\n')[0]]).toEqual([2, '', 'p06: --format json is not one of mermaid, dot, svg']);
  });
});

const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / 86_400_000;
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - EXCEL_EPOCH;

describe('--format xlsx', () => {
  async function workbook(args: string[]): Promise<XLSX.WorkBook> {
    const file = join(OUT, `${args.join('-').replace(/[^\w-]/g, '_')}.xlsx`);
    expect(await runCli([...args, '--format', 'xlsx', '--output', file, ...AS_OF], CWD)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    return XLSX.read(readFileSync(file), { cellNF: true });
  }
  const rows = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true });

  it('overdue: a title row, a filtered header, typed cells (the due date a date, days a number), Vietnamese intact', async () => {
    const wb = await workbook(['overdue']);
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    expect(wb.SheetNames).toEqual(['Overdue as of 2024-02-01']);
    expect(rows(ws).slice(0, 3)).toEqual([
      ['Overdue as of 2024-02-01: 1 task'],
      ['ID', 'Ministry', 'Title', 'Owner', 'Deadline', 'Due', 'Days overdue', 'Extensions', 'Blocks'],
      ['MOF-1', 'MOF', "Send the ministry's roadmap", 'Ministry Office', '2024-01-31', serial('2024-01-31'), 1, 0, 'MOJ-1'],
    ]);
    expect([ws['F3'].t, ws['F3'].z, ws['G3'].t]).toEqual(['n', 'yyyy-mm-dd', 'n']);
    expect(ws['!autofilter']).toEqual({ ref: 'A2:I3' });
  });

  it('list: the deadline as written beside its due date; the hostile Vietnamese title as text', async () => {
    const ws = (await workbook(['list', '--ministry', 'MOJ'])).Sheets['Tasks as of 2024-02-01']!;
    const [, header, moj1] = rows(ws) as [unknown[], unknown[], unknown[]];
    expect(header).toEqual(['ID', 'Ministry', 'Title', 'Owner', 'Status', 'Deadline', 'Due', 'State']);
    expect(moj1).toEqual(['MOJ-1', 'MOJ', TITLE, 'Vụ Pháp luật hình sự - hành chính', 'in progress', '2024-Q1 (due 2024-03-31)', serial('2024-03-31'), 'at risk, blocked']);
  });

  it('summary: counts as numbers and percent done as a number with one decimal', async () => {
    const ws = (await workbook(['summary'])).Sheets['Summary as of 2024-02-01']!;
    const all = rows(ws);
    expect(all[1]!.slice(0, 13)).toEqual(['Ministry', 'Name', 'Total', 'Done', 'Done late', 'In progress', 'Not started', 'Recurring', 'Cancelled', 'Overdue', 'At risk', 'Extended', '% done']);
    expect(all.at(-1)!.slice(0, 13)).toEqual(['Total', undefined, 6, 1, 0, 2, 2, 0, 1, 1, 2, 1, 20]);
    expect([ws['M5'].t, ws['M5'].z]).toEqual(['n', '0.0']);
  });

  it('show: one sheet per section', async () => {
    expect((await workbook(['show', 'MOJ-2'])).SheetNames).toEqual(['MOJ-2 as of 2024-02-01', 'Depends on', 'Depended on by']);
  });

  it('on a terminal without --output: a usage error, no bytes on the screen', () => {
    const run = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} overdue --format xlsx --as-of 2024-02-01`, '/dev/null'], { ...CWD, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stdout.replace(/\r/g, '')).toBe('p06: --format xlsx writes a file, not text for the terminal: give --output FILE (or redirect: > report.xlsx)\nrun "p06 --help" for usage\n');
  });

  it('piped without --output: the workbook’s bytes on stdout', () => {
    const run = spawnSync(process.execPath, [BIN, 'overdue', '--format', 'xlsx', '--as-of', '2024-02-01'], { ...CWD, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    const wb = XLSX.read(run.stdout);
    expect(wb.Sheets[wb.SheetNames[0]!]!['A3'].v).toBe('MOF-1');
  });
});
