import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/model/dataset.js';
import type { ReportData } from '../../../src/reports/report-definition.js';
import { compute, render as renderNamed, type ReportName } from '../../helpers/reports.js';
import type { MinistryRecord } from '../../../src/domain/records.js';
import { parseCsv } from '../../helpers/parse-csv.js';
import { day, task } from '../../helpers/task-records.js';
import { rawUnsafe } from '../../helpers/unsafe-text.js';

// Text from many hands: escape sequences, a C1 control, a bidi override, line
// breaks, formula prefixes and Vietnamese in both Unicode forms.
const HOSTILE_TITLE = '\x1b[31mRed\x1b[0m \u009b2J \u202Egnp.exe \u0085 \u2028 | *x*';
const NFC = 'Bộ Công an, Thanh Hoá';
const NFD = 'Thanh Hoa\u0301';
const FORMULA = '=HYPERLINK("http://x","a,b")';

const ministries: MinistryRecord[] = [{ code: 'MPS', name: 'Bộ Công an', nameVi: 'Bộ Công an', file: 'data/mps.yaml', line: 1 }];
const records = [
  task('MPS-1', { title: HOSTILE_TITLE, owner: `${NFC} / ${NFD} \n second line`, deadline: '2024-01-31' }),
  task('MPS-2', { title: FORMULA, owner: `${NFC} / ${NFD}`, deadline: '2024-02-05', depends_on: ['MPS-1'] }),
];
const ds = buildDataset(ministries, records, { asOf: day('2024-02-01'), within: 14 });

type ReportFormat = 'table' | 'markdown' | 'csv' | 'json';
const REPORT_FORMATS: ReportFormat[] = ['table', 'markdown', 'csv', 'json'];
const names: ReportName[] = ['overdue', 'at-risk', 'summary', 'list', 'show'];
const reports: [ReportName, ReportData][] = names.map((n) => [n, compute(n, ds, n === 'show' ? 'MPS-2' : {})]);
const cases = reports.flatMap(([name, report]) => REPORT_FORMATS.map((format) => [name, format, report] as [ReportName, ReportFormat, ReportData]));
const render = (report: ReportData, format: ReportFormat) => renderNamed(reports.find(([, r]) => r === report)?.[0] ?? (report.kind as ReportName), report, format);

describe('every report in every format', () => {
  it.each(cases)('%s as %s: no raw control, escape or bidi character', async (_name, format, report) => {
    const out = await render(report, format);
    expect(rawUnsafe(out, { crlf: format === 'csv' })).toBeUndefined();
  });

  it.each(cases)('%s as %s: Vietnamese unchanged, in either Unicode form', async (name, format, report) => {
    const out = await render(report, format);
    // The summary names the ministry; the others show owners.
    for (const text of name === 'summary' ? ['Bộ Công an'] : [NFC, NFD]) expect(out).toContain(text);
  });
});

describe('text in each format', () => {
  it('table and CSV show the escapes as visible text', async () => {
    for (const format of ['table', 'csv'] as const) expect(await render(compute('list', ds), format)).toContain('\\x1B[31mRed\\x1B[0m \\x9B2J \\u202Egnp.exe \\x85');
  });

  it('Markdown keeps each row to its cells', async () => {
    const rows = (await render(compute('list', ds), 'markdown')).split('\n').filter((l) => l.startsWith('| MPS-'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(/(?<!\\) \| /)).toHaveLength(7);
  });

  it('CSV neutralises the formula and keeps its shape', async () => {
    const out = await render(compute('list', ds), 'csv');
    expect(out.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(out.slice(1));
    // The seven columns of the list, and the due date beside the deadline.
    expect(parsed.map((r) => r.length)).toEqual([8, 8, 8]);
    expect(parsed[2]![2]).toBe(`'${FORMULA}`);
    expect(parsed[1]![3]).toBe(`${NFC} / ${NFD}   second line`);
  });

  it('JSON escapes what JSON leaves raw and reads back the exact text', async () => {
    const out = await render(compute('list', ds), 'json');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u0085');
    expect(out).toContain('\\u009b');
    const doc = JSON.parse(out) as { tasks: { title: string; owner: string }[] };
    expect(doc.tasks.map((t) => [t.title, t.owner])).toEqual([
      [HOSTILE_TITLE, `${NFC} / ${NFD} \n second line`],
      [FORMULA, `${NFC} / ${NFD}`],
    ]);
  });
});
