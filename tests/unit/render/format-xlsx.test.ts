import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { formatXlsx, sheetNames, type XlsxSheet } from '../../../src/render/format-xlsx.js';
import { day } from '../../helpers/task-records.js';

// Each workbook is read back with SheetJS (`xlsx`), a different library from the one that writes it.

const EXCEL_EPOCH = day('1899-12-30'); // Excel's day 0 (1900 date system)

const overdue: XlsxSheet = {
  name: 'Overdue',
  title: 'Overdue as of 2024-02-01 (ministry MOJ): 2 tasks',
  headers: ['ID', 'Title', 'Due', 'Days overdue', '% done'],
  rows: [
    [{ type: 'text', value: 'MOJ-02' }, { type: 'text', value: 'Tổng hợp lộ trình "đợt 2" =SUM(A1)' }, { type: 'date', value: day('2024-01-31') }, { type: 'integer', value: 1 }, { type: 'decimal', value: 50.4, places: 1 }],
    [{ type: 'text', value: 'MOJ-10' }, { type: 'text', value: 'x'.repeat(200) }, { type: 'empty' }, { type: 'integer', value: 397 }, { type: 'decimal', value: 0, places: 1 }],
  ],
};

async function read(sheets: XlsxSheet[], dateFormat = 'yyyy-mm-dd') {
  return XLSX.read(await formatXlsx(sheets, { dateFormat }), { cellStyles: true, cellNF: true });
}

describe('formatXlsx, read back with SheetJS', async () => {
  const wb = await read([overdue, { name: 'Depends on: [x]/y?', title: 'Empty', headers: ['ID'], rows: [] }]);
  const ws = wb.Sheets['Overdue']!;

  it('writes the title row, the header row, then the rows', () => {
    expect(wb.SheetNames).toEqual(['Overdue', 'Depends on x y']);
    expect(ws['A1'].v).toBe('Overdue as of 2024-02-01 (ministry MOJ): 2 tasks');
    expect(ws['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }]);
    expect(['A2', 'B2', 'C2', 'D2', 'E2'].map((a) => ws[a].v)).toEqual(['ID', 'Title', 'Due', 'Days overdue', '% done']);
    expect(ws['!ref']).toBe('A1:E4');
  });

  it('types every cell: text as text (Vietnamese intact, formulas not run), dates as date serials with a date format, numbers as numbers', () => {
    expect([ws['A3'].t, ws['A3'].v]).toEqual(['s', 'MOJ-02']);
    expect([ws['B3'].t, ws['B3'].v, ws['B3'].f]).toEqual(['s', 'Tổng hợp lộ trình "đợt 2" =SUM(A1)', undefined]);
    expect([ws['C3'].t, ws['C3'].v, ws['C3'].z, ws['C3'].w]).toEqual(['n', day('2024-01-31') - EXCEL_EPOCH, 'yyyy-mm-dd', '2024-01-31']);
    expect([ws['D3'].t, ws['D3'].v, ws['D4'].v]).toEqual(['n', 1, 397]);
    expect([ws['E3'].t, ws['E3'].v, ws['E3'].w]).toEqual(['n', 50.4, '50.4']);
    expect(ws['C4']).toBeUndefined();
  });

  it('a date format per language', async () => {
    const vi = (await read([overdue], 'dd/mm/yyyy')).Sheets['Overdue']!;
    expect([vi['C3'].v, vi['C3'].w]).toEqual([day('2024-01-31') - EXCEL_EPOCH, '31/01/2024']);
  });

  it('filters on the header row', () => {
    expect(ws['!autofilter']).toEqual({ ref: 'A2:E4' });
    expect(wb.Sheets['Depends on x y']!['!autofilter']).toEqual({ ref: 'A2:A2' });
  });

  it('column widths that fit the header and the values, capped for long text', () => {
    expect(ws['!cols']!.map((c) => c.width)).toEqual([7, 60, 11, 15, 9]);
  });
});

describe('formatXlsx, the sheet XML', () => {
  it('freezes the title and header rows', async () => {
    const bytes = await formatXlsx([overdue], { dateFormat: 'yyyy-mm-dd' });
    const wb = XLSX.read(bytes, { bookFiles: true, type: 'buffer' }) as XLSX.WorkBook & { files: Record<string, { content: Uint8Array }> };
    const xml = Buffer.from(Object.entries(wb.files).find(([k]) => k.endsWith('sheet1.xml'))![1].content).toString('utf8');
    expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*topLeftCell="A3"[^>]*state="frozen"/);
    const book = Buffer.from(Object.entries(wb.files).find(([k]) => k.endsWith('workbook.xml'))![1].content).toString('utf8');
    expect(book).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Overdue'!$A$2:$E$4</definedName>`);
  });
});

describe('sheetNames', () => {
  it.each([
    [['Overdue'], ['Overdue']],
    [['a:b/c?d*e[f]g\\h'], ['a b c d e f g h']],
    [['x'.repeat(40)], ['x'.repeat(31)]],
    [['Tasks', 'tasks', 'Tasks'], ['Tasks', 'tasks 2', 'Tasks 3']],
    [["'quoted'"], ['quoted']],
    [[''], ['Sheet']],
  ])('%j → %j', (names, expected) => {
    expect(sheetNames(names)).toEqual(expected);
  });
});
