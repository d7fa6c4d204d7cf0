import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv } from '../../../src/render/format-csv.js';
import type { Section } from '../../../src/reports/report-view.js';
import { parseCsv } from '../../helpers/parse-csv.js';
import { runsAsFormula } from '../../helpers/unsafe-text.js';

describe('csvCell', () => {
  // raw text → the cell as written
  it.each([
    ['plain', 'plain'],
    ['Bộ Công an', 'Bộ Công an'],
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['+84 24 1234', "'+84 24 1234"],
    ['-1+2', "'-1+2"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "' =1"],
    ['\r=1', "' =1"],
    ['-1', '-1'], // a plain negative number stays a number
    ['-1.5', '-1.5'],
    ['12', '12'],
    ['a=b', 'a=b'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', 'two lines'], // one line per record
    ['\x1b[31m', '\\x1B[31m'],
    ['\u202Eexe', '\\u202Eexe'],
  ])('%j → %s', (raw, cell) => {
    expect(csvCell(raw)).toBe(cell);
  });

  // Judged by what a spreadsheet would do with the cell it reads back, not by csvCell's own test.
  it.each(['=1+2', '+1', '-cmd', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '\t\r@x', '\n=1', '-1e3', '-Infinity', '-', '=', '+84 24 1234', '-0x10'])('%j reads back as a cell no spreadsheet runs', (raw) => {
    const [[read]] = parseCsv(`${csvCell(raw)}\r\n`) as [[string]];
    expect(runsAsFormula(read)).toBe(false);
    expect(read.replace(/^'/, '').trim()).toBe(raw.replace(/[\t\r\n]/g, ' ').trim());
  });

  it.each([['=1', true], ['\t+x', true], ['@A1', true], ['-1', false], ['+1.5', false], ['-1e3', false], ['- 1', true], ["'=1", false], ['a=1', false]])('the oracle: %j runs as a formula: %s', (cell, runs) => {
    expect(runsAsFormula(cell as string)).toBe(runs);
  });
});

describe('formatCsv', () => {
  const section: Section = {
    heading: 'not printed',
    columns: [{ header: 'ID' }, { header: 'Title' }, { header: 'Owner' }],
    rows: [
      [{ text: 'MOJ-1' }, { text: 'a, "quoted"\ntitle' }, { text: 'Sở Tư pháp Thanh Hoá' }],
      [{ text: 'MOJ-2' }, { text: '=cmd|" /C calc"!A0' }, { text: '' }],
    ],
    empty: 'none',
  };
  const csv = formatCsv([section]);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFID,Title,Owner\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back as the header and one record per row, with the same number of fields', () => {
    expect(parseCsv(csv.slice(1))).toEqual([
      ['ID', 'Title', 'Owner'],
      ['MOJ-1', 'a, "quoted" title', 'Sở Tư pháp Thanh Hoá'],
      ['MOJ-2', `'=cmd|" /C calc"!A0`, ''],
    ]);
  });

  it('prints only the header when there are no rows', () => {
    expect(formatCsv([{ ...section, rows: [] }])).toBe('\uFEFFID,Title,Owner\r\n');
  });
});
